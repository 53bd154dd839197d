# -*- coding: utf-8 -*-
"""Swedish notes, patients D69-11 .. D69-20. Fictional.

Each note is written by hand; the codes string next to it is the human
coding of THAT note only (keys: c01..c10, home; empty string = nothing).
"""

NOTES = []


def N(pid, nid, date, ntype, author, codes, text):
    NOTES.append(dict(patient_id=pid, note_id=nid, date=date, note_type=ntype,
                      author=author, codes=codes, text=text.strip("\n")))


KARIN = "Karin Lindqvist, leg. fysioterapeut"
JONAS = "Jonas Öhman, leg. fysioterapeut"
MARIA = "Maria Nyström, leg. fysioterapeut, hemrehab"
ELIN = "Elin Burman, leg. fysioterapeut"

# ---------------------------------------------------------------- D69-11
# Hemrehab. 81-årig kvinna, spinal stenos, fall på halkan.

N("D69-11", "D69-11-01", "2024-02-05", "Hembesök", MARIA, "c02 home", """
Hembesök. Remiss från läkare på HC: 81-årig kvinna med känd spinal stenos, två fall utomhus i vinter när hon halkade. Bor ensam i villa sedan maken dog. Går med rollator ute, inomhus utan. Bensmärta efter ca 10 min gång. Går på sittgympa med PRO på tisdagarna. Fick en TENS av sjukgymnast för några år sedan men använder den inte längre.
Reser sig utan armstöd. TUG 13 s. Tandemstående 4 s. Går framåtlutad med bred bas.
Instruerade balansövningar vid köksbänken: tandemstående, tåhävningar, hälgång, sidosteg. Hemprogram lämnat, vardagar.
Plan: hembesök om två veckor.
""")

N("D69-11", "D69-11-02", "2024-02-19", "Hembesök", MARIA, "c03 c06", """
Vi gick en promenad ihop ute på plogad gata med rollator, 20 min, med två sittpauser på rollatorn när benen började värka. Stavgång diskuterades men hon vill inte släppa rollatorn på vintern. Rekommenderade henne att gå ut varje dag när det är plogat och att sätta sig och vila när benen värker och sedan fortsätta.
""")

N("D69-11", "D69-11-03", "2024-03-04", "Hembesök", MARIA, "c02 home", """
Pat har gått ut nästan dagligen och gör balansövningarna. Idag balans utan stöd: stå på ett ben, gå på linje, vända sig om snabbt. Progression i hemprogrammet: tandemgång i hallen och enbensstående med stöd av en hand.
""")

N("D69-11", "D69-11-04", "2024-03-18", "Telefon", MARIA, "", """
Tel. Pat förkyld, ställer in besöket. Hör av sig när hon är frisk.
""")

N("D69-11", "D69-11-05", "2024-04-15", "Hembesök", MARIA, "c03 c06", """
Frisk. Promenad tillsammans till kiosken och tillbaka, ca 800 m, nu på barmark, en paus. TUG 10 s, tandemstående 12 s. Pat vill avsluta, känner sig trygg. Rekommenderat fortsatt daglig promenad och att prova stavgång nu när snön har gått undan. Avslutas från hemrehab, kopia till HC-läkaren.
""")

# ---------------------------------------------------------------- D69-12
# Primärvård. 58-årig man, lumbago på långvarig grund. Avböjer övningar.

N("D69-12", "D69-12-01", "2023-11-13", "Nybesök", JONAS, "c01 c03 c05", """
Nb. 58 m, lastbilschaufför. Återkommande lbp sedan 10 år, nu skov sedan 1 v efter snöskottning. Ingen utstrålning. Inga röda flaggor (blåsa/tarm ua, ingen viktnedgång, ingen feber). NRS 7.
St: Går stelt, undviker flexion. Flex fingertopp 30 cm ovan golv. Lasègue neg bilat. Neuro ua. Palp öm paravert L4–S1.
Bed: Akut lumbago på långvarig grund, ospec.
Åtg: Info: god prognos, ofarligt, håll igång. Provat TENS konventionell 80 Hz paravert 30 min, smärta ner till NRS 5. TENS-apparat utlånad, instr att använda 3–4 ggr/d 30–60 min.
Vill inte ha övningar nu ("funkar aldrig för mig"), accepterar promenadråd: korta promenader flera ggr/d.
Plan: tel 1 v.
""")

N("D69-12", "D69-12-02", "2023-11-20", "Telefon", JONAS, "", """
Tel. Bättre, NRS 4. Använder TENS morgon och kväll, tycker den hjälper. Promenerar 2 x 20 min/d. Åb om 1 v enl plan.
""")

N("D69-12", "D69-12-03", "2023-11-27", "Återbesök", JONAS, "c03 c04", """
Åb. NRS 3, rörligare. Värmekudde 15 min ländrygg, därefter mjukdelsbeh paravert. Råd: håll igång promenaderna, öka gärna till 45 min, cykla på motionscykeln hemma om det är halt ute. Erbjuden hemövningar igen, avböjer. TENS lämnas tillbaka nästa gång.
""")

N("D69-12", "D69-12-04", "2023-12-11", "Epikris", JONAS, "c01 c03 c04 c05", """
Epikris. Lumbago. 2 besök + tel. Beh: info om prognos, TENS (utlånad 3 v), värme + mjukdelsbeh, råd om promenader och cykling. Hemövningar avböjda. NRS 7 → 2. Åter i arbete. TENS återlämnad. Avslut.
""")

# ---------------------------------------------------------------- D69-13
# Primärvård. 27-årig kvinna, student, nack-skuldersmärta.

N("D69-13", "D69-13-01", "2024-02-12", "Nybesök", ELIN, "c01", """
Nybesök
• 27 år, läser till civilingenjör, mycket plugg vid dator. Nack- och skuldersmärta bilat sedan gymnasiet, sämre i tentaperioder. Huvudvärk. Har slutat träna sedan hon flyttade hit.
• Status: AROM cx full men smärtsam i ytterlägen. Spänd övre trapezius bilat. Scapula ua. CCFT 24 mmHg. Neuro ua.
• Bed: Långvarig nack-skuldersmärta, belastnings- och stressrelaterad.
• Information om långvarig smärta och hur stress och långa statiska perioder påverkar, ergonomi vid plugg (skärmhöjd, pauser).
• Har läst om akupunktur, erbjuden men avböjer pga nålrädsla.
• Plan: åb 1 v.
""")

N("D69-13", "D69-13-02", "2024-02-19", "Återbesök", ELIN, "c02 c08 home", """
Återbesök
• Motorisk kontroll nacke: nickövning i ryggliggande med tryckmätare, 10 x 10 s. Skulderbladsinåtföring i sittande.
• Andningsövning: 4 s in, 6 s ut, 3 min, släppa axlarna på utandningen. Upplevde lugn.
• Hemprogram: nickövning + andning, gärna andningen i pauserna när hon pluggar.
• Plan: åb 2 v.
""")

N("D69-13", "D69-13-03", "2024-03-04", "Återbesök", ELIN, "c03 c09", """
Återbesök
• Gör övningarna ibland, "har inte tid".
• Motiverande samtal kring träning: vad hon vill (orka plugga utan huvudvärk, känna sig stark), vad som hindrar, vad som fungerat förr (löpning på gymnasiet). Kom själv fram till att gå/jogga till campus 3 dagar/v i stället för att ta bussen. Skattar tilltron till 8/10.
• Stöttat planen. Råd: börja med rask promenad och jogga delar av sträckan när det känns bra.
• Plan: tel om 3 v.
""")

N("D69-13", "D69-13-04", "2024-03-25", "Telefon", ELIN, "", """
Tel. Går/joggar till campus 3 d/v, har klarat två veckor. Huvudvärk 1 ggr/v. Har också börjat på yoga med en kompis. Åb 15/4.
""")

N("D69-13", "D69-13-05", "2024-04-15", "Återbesök", ELIN, "c01 c02 c03 c08 c09 home", """
Återbesök / avslut
• NRS 2, huvudvärk sällan. Joggar 3 ggr/v.
• Progression: nickövning i sittande med huvudet framåtlutat, skulderbladsövning med armlyft. Hemprogrammet uppdaterat.
• Sammanfattning av perioden (5 besök/kontakter): information om smärta, stress och ergonomi, motorisk kontroll nacke, andningsövningar, motiverande samtal kring aktivitet och råd om promenad/jogging.
• Avslut.
""")

# ---------------------------------------------------------------- D69-14
# Primärvård. 63-årig kvinna, knäartros bilat.

N("D69-14", "D69-14-01", "2024-03-11", "Nybesök", KARIN, "c01 c02 home", """
Kontaktorsak: Knäsmärta bilat, vä > hö.
Anamnes: 63-årig kvinna, kock. Smärta i båda knäna sedan 3 år, värst i trappor och efter långa pass i köket. Rtg: lätt till måttlig artros bilat. BMI 31. Har gymkort men går sällan. Önskar akupunktur som en väninna fått.
Status: ROM ua bilat. Krepitationer bilat. Knäkontroll: valgus vid enbensknäböj vä. 30 s uppresning 10.
Bedömning: Knäartros bilat med nedsatt knäkontroll vä.
Åtgärd: Information om artros och förstahandsbehandling (träning, viktkontroll). Akupunktur erbjuds inte i första hand vid knäartros; pat accepterar att börja med träning. Knäkontroll: knäböj framför spegel, step-up, enbensstående. Hemprogram.
Planering: Åb 2 v, gymprogram.
""")

N("D69-14", "D69-14-02", "2024-03-25", "Återbesök", KARIN, "c02 c03 c07 home", """
Åtgärd: Gymprogram för pat:s eget gym: benpress 3x10 á 30 kg, knäextension 3x10 á 10 kg, hamstringscurl 3x10 á 15 kg, samt knäkontroll i gymmet: enbensknäböj på bosuboll. Pat har programmet i mobilen.
Råd om fysisk aktivitet: cykla till jobbet (3 km) när vädret tillåter, sikta på minst 150 min aktivitet/vecka.
Planering: Åb 4 v.
""")

N("D69-14", "D69-14-03", "2024-04-22", "Återbesök", KARIN, "c07", """
Anamnes: Gymmet 2 ggr/v, cyklar till jobbet. Trappor lättare.
Status: 30 s uppresning 13. Mindre valgus vä.
Åtgärd: Ökat belastningen i benpress till 40 kg.
Planering: Tel om 6 v.
""")

N("D69-14", "D69-14-04", "2024-06-03", "Telefon", KARIN, "", """
Telefonuppföljning. Pat nöjd, tränar på gym 2 ggr/v och cyklar. NRS 2. Avslut.
""")

N("D69-14", "D69-14-05", "2024-06-04", "Epikris", KARIN, "c01 c02 c03 c07 home", """
Epikris
Diagnos: Knäartros bilat.
Kontakter: 3 besök + 1 telefonkontakt mars–juni 2024.
Insatser: Information om artros, knäkontrollträning med hemprogram, gymprogram (benpress m.m.), råd om cykling och 150 min aktivitet/vecka. Akupunktur ej given.
Resultat: 30 s uppresning 10 → 13, NRS 5 → 2.
Avslutas.
""")

# ---------------------------------------------------------------- D69-15
# Hemrehab. 86-årig man, gammanagel hö höft efter fall.

N("D69-15", "D69-15-01", "2024-04-02", "Hembesök", MARIA, "c01 c02 home", """
Hembesök efter utskrivning från korttidsboende, där han varit i tre veckor efter operationen. 86-årig man opererad med gammanagel hö höft 6/3 efter fall i badrummet nattetid, halkade på våt matta. Fullt belastningstillstånd enligt ortopeden. Bor med hustrun i lägenhet i markplan, två trappsteg vid entrén. Hemtjänst morgon och kväll för dusch och strumpor. Tidigare gick han själv till affären utan hjälpmedel och åkte skidor i spåret vid Vitberget (han berättar gärna om det). Nu går han med rollator inomhus och har inte varit ute sedan fallet. Trött och äter dåligt enligt hustrun, dietist är kopplad via hemsjukvården. Smärta hö höft NRS 3 i vila, 5 vid gång, Alvedon regelbundet.
Reser sig från stol med armstöd, behöver ta sats. Går 20 m inomhus med rollator, korta steg med hö ben och lutar sig tungt på rollatorn. Aktiv höftflexion hö ca 80°. Sårläkning ua.
Förklarade för pat och hustru hur frakturen läker, att han kan belasta fullt och att det är bra att röra på sig för läkningen och för att minska risken för blodpropp och lunginflammation. Övningar i sittande och stående vid rollatorn: knästräck, höftflexion, tåhävningar, lätta knäböj. Hemprogram på papper, hustrun hjälper till att påminna. Arbetsterapeuten kommer på torsdag och ser över badrummet.
Plan: hembesök varje vecka, förflyttningsträning dusch och säng, sedan utomhus.
""")

N("D69-15", "D69-15-02", "2024-04-09", "Hembesök", MARIA, "c10", """
Tränade förflyttning i och ur duschen med duschpallen och handtaget som arbetsterapeuten satt upp, och att ta sig i och ur sängen åt hö sida. Pat klarade det med handledning. Hustrun fick se hur det går till.
""")

N("D69-15", "D69-15-03", "2024-04-19", "Hembesök", MARIA, "c06 c10", """
Gick ut med pat för första gången sedan fallet, på gården med rollator, ca 100 m, jag gick bredvid. De två trappstegen vid entrén övade vi upp och ner med ledstången. Han tyckte det var skönt att komma ut.
""")

N("D69-15", "D69-15-04", "2024-04-30", "Telefon", MARIA, "", """
Tel från hustrun. Pat fick feber i helgen och är sedan igår inlagd på medicinavdelningen för lunginflammation. Hembesöken pausas.
""")

N("D69-15", "D69-15-05", "2024-05-21", "Hembesök", MARIA, "c02 home", """
Åter hemma efter sjukhusvistelsen och har tappat en del, går inomhus med rollator och är tröttare. Gick igenom hemprogrammet igen och förenklade det till tre övningar: knästräck i sittande, uppresning från stol 5 gånger, stå vid bänken och gå upp på tå och hälar. Balansövning stående vid bänken med lätt stöd, 3 x 30 s.
""")

N("D69-15", "D69-15-06", "2024-06-17", "Epikris", MARIA, "c01 c02 c06 c10 home", """
Epikris hemrehab. 86-årig man, gammanagel hö höft efter fall. Hembesök april–juni med uppehåll för pneumoni. Insatser: information om läkning och belastning, hemprogram med benövningar och balans, förflyttningsträning dusch/säng, träning i trappstegen vid entrén, utomhusgång tillsammans med fysioterapeut. Går nu ute med rollator ca 200 m tillsammans med hustrun. Avslutas.
""")

# ---------------------------------------------------------------- D69-16
# Primärvård. 49-årig man, långvarig ländryggssmärta, akupunktur.

N("D69-16", "D69-16-01", "2024-01-22", "Nybesök", JONAS, "c05", """
Nb. 49 m, snickare. Långvarig lbp sedan 2015, ökat senaste 2 mån. Fått akupunktur på annan HC tidigare m god effekt, önskar det igen. Gör redan sitt gamla övningsprogram från 2020 och går på gym 2 ggr/v.
St: Flex fingertopp–golv 15 cm. Ext smärta. Rot ua. Neuro ua. SLR neg. Palp öm paravert L4–L5 bilat. PA-tryck L4 smärta.
Bed: Ospec lbp.
Åtg: Akup 8 nålar lumbalt + BL40 bilat, 20 min.
Plan: åb 1 v, akup-serie 4–6 ggr.
""")

N("D69-16", "D69-16-02", "2024-01-29", "Återbesök", JONAS, "c04 c05", """
Åb. Positiv effekt 2 dagar. Akup som ovan. Mob L4–L5 PA gr III.
""")

N("D69-16", "D69-16-03", "2024-02-05", "Återbesök", JONAS, "c04 c05", """
Åb. Akup + mob som förra ggn. Stretching höftflexorer och hamstrings på britsen.
""")

N("D69-16", "D69-16-04", "2024-02-19", "Återbesök", JONAS, "c05", """
Åb. Sjuk förra v. NRS 3. Akup. Pat tycker han klarar sig nu.
""")

N("D69-16", "D69-16-05", "2024-02-20", "Epikris", JONAS, "c04 c05", """
Epikris. Ospec långvarig lbp. 4 besök. Akupunktur x4, ledmobilisering L4–L5 och stretching. Pat fortsätter sin egen gymträning. NRS 6 → 3. Avslut.
""")

# ---------------------------------------------------------------- D69-17
# Primärvård. 44-årig kvinna, långvarig nack-skuldersmärta, BK.

N("D69-17", "D69-17-01", "2024-05-06", "Nybesök", ELIN, "c01 c04", """
Nybesök
• 44-årig kvinna, kassabiträde. Nack- och skuldervärk sedan 5 år, även diffust vä arm. Trött. Utredd hos läkare, MR cx utan fynd.
• Går regelbundet till naprapat för massage, "hjälper för stunden". Internet-KBT 2022.
• Status: Rörlighet cx full, smärta i ytterlägen. Generell ömhet nacke/skuldror. Neuro ua. Andas högt costalt.
• Bed: Långvarig nack-skuldersmärta, trolig central sensitisering.
• Information om långvarig smärta och central sensitisering: smärtan är verklig men inte ett tecken på skada.
• Varm vetekudde över skuldrorna under samtalet, pat tyckte det var skönt. Tipsat om att använda den hemma också.
• Plan: BK. Pat tveksam till grupp, börjar individuellt.
""")

N("D69-17", "D69-17-02", "2024-05-13", "Behandling", ELIN, "c10 home", """
Basal kroppskännedom, individuellt
• Liggande: kontakt med underlaget.
• Sittande: balanslinjen, släppa axlarna.
• Pat märkte hur hon drar upp axlarna när hon koncentrerar sig.
• Hemuppgift: sittande balanslinje vid kassan några gånger per pass.
""")

N("D69-17", "D69-17-03", "2024-05-27", "Behandling", ELIN, "c08 c09 c10", """
BK 2
• Stående och gående, rörelse från centrum, armrörelser i flöde.
• Avslutade med progressiv avslappning i liggande, 10 min.
• Samtal: vad vill hon ha mer av i livet? Körsången som hon slutade med. Värderingar och små steg: hon ska gå på körens öppna repetition nästa vecka även om nacken gör ont efteråt.
""")

N("D69-17", "D69-17-04", "2024-06-10", "Behandling", ELIN, "c10", """
BK 3
• Var på körens repetition, ont efteråt men "värt det".
• Rörelser i stående och gående.
• Önskar fortsätta i BK-grupp i höst, anmäld.
""")

N("D69-17", "D69-17-05", "2024-06-11", "Epikris", ELIN, "c01 c04 c08 c09 c10 home", """
Epikris
• Långvarig nack-skuldersmärta. 4 besök maj–juni.
• Insatser: smärtinformation, värme, individuell basal kroppskännedom med hemuppgifter, progressiv avslappning, värderingsarbete.
• Sjunger i kör igen.
• Anmäld till BK-grupp på HC i höst. Avslut individuellt.
""")

# ---------------------------------------------------------------- D69-18
# Hemrehab. 90-årig kvinna, kontusion vä höft efter fall ur sängen.

N("D69-18", "D69-18-01", "2024-09-02", "Hembesök", MARIA, "c10", """
Hembesök tillsammans med undersköterska från hemtjänsten. 90-årig kvinna på trygghetsboende, föll ur sängen för en vecka sedan, kontusion vä höft, röntgen utan fraktur. Sedan dess mest sängliggande, hemtjänsten hjälper vid förflyttningar fyra gånger om dagen. Smärta vä höft vid belastning.
Förflyttning säng–rullstol med hjälp av en person. Står vid rollator 30 s med stöd.
Övade förflyttning säng–stol via stående med rollator, tre gånger. Till slut klarade hon det med lätt stöd i armen.
""")

N("D69-18", "D69-18-02", "2024-09-09", "Hembesök", MARIA, "c10", """
Förflyttningsträning säng–rollator–toalett. Pat gick 5 m till toaletten med rollator och mig bredvid. Klarar nu att resa sig ur sängen själv med hjälp av sänggrinden.
""")

N("D69-18", "D69-18-03", "2024-09-16", "Hembesök", MARIA, "c10", """
Går själv med rollator till toaletten och köket. Gångträning i korridoren till matsalen, 30 m, med mig bredvid, en vilopaus.
""")

N("D69-18", "D69-18-04", "2024-09-30", "Epikris", MARIA, "c10", """
Epikris hemrehab. 90-årig kvinna, kontusion vä höft efter fall. Tre hembesök i september med förflyttnings- och gångträning. Går nu själv med rollator inomhus och till matsalen. Inga ytterligare insatser, avslutas.
""")

# ---------------------------------------------------------------- D69-19
# Primärvård. 69-årig man, lumbal spinal stenos, diabetes, FaR.

N("D69-19", "D69-19-01", "2024-02-05", "Nybesök", KARIN, "c01 c09", """
Kontaktorsak: Rygg- och bensmärta bilat vid gång.
Anamnes: 69-årig man, pensionerad mellanstadielärare, bor med hustrun i villa. Besvär sedan ca 3 år, successivt ökande. MR 2023: central och foraminal stenos L4–L5. Ortoped har bedömt att operation inte är aktuell i nuläget. Gångsträcka ca 400 m, sedan domning och tyngdkänsla i båda benen, måste sätta sig eller luta sig fram. Ryggsmärta NRS 4, bensmärta vid gång NRS 6. Sover bra. Inga blås- eller tarmbesvär, ingen ridbyxeanestesi. Inaktiv sedan pensioneringen, BMI 32, tablettbehandlad typ 2-diabetes. Har fått rådet att motionera av diabetessköterskan men "har inte kommit sig för". Fick akupunktur för ryggen på 1990-talet med god effekt. Läkemedel: metformin, Alvedon vb.
Status: Går utan hjälpmedel, lätt framåtlutad. Extension i ländryggen provocerar bensmärta efter ca 15 s, flexion lättar. Neurologi: kraft, reflexer och sensibilitet ua bilat. SLR neg. Enbensstående 6 s bilat. 30 s uppresning 9.
Bedömning: Lumbal spinal stenos med neurogen claudicatio, låg fysisk aktivitetsnivå, nedsatt balans.
Åtgärd: Information om spinal stenos och om hur fysisk aktivitet påverkar både ryggen och blodsockret. Motiverande samtal: pat formulerar själv att han vill orka gå med barnbarnen till badhuset, skattar viktighet 9/10 och tilltro 4/10. Vad skulle höja tilltron? "Att någon kollar upp mig." Vi kom överens om att han ska få ett skriftligt ordinerat upplägg vid nästa besök.
Planering: Åb 1 v, FaR. Akupunktur kan prövas vb för ryggsmärtan.
""")

N("D69-19", "D69-19-02", "2024-02-12", "Återbesök", KARIN, "c02 c03 c06 home", """
Åtgärd: FaR utfärdat: cykling på motionscykel eller i gym 3 ggr/v 30 min samt stavgång 2 ggr/v 20 min. Motionscykel 10 min i salen tillsammans för att hitta lagom intensitet (Borg 12–13). Balansövningar i hemprogram: tandemstående, enbensstående, gå på tå.
KVÅ: DV002, QB001
""")

N("D69-19", "D69-19-03", "2024-03-04", "Återbesök", KARIN, "c07 home", """
Anamnes: Cyklat 2–3 ggr/v, stavgång 1 g/v. Gångsträcka ca 700 m.
Åtgärd: Genomgång av styrkeprogram i gymmet på HC: benpress 3x12 á 50 kg, bröstpress 3x12, rygglyft i maskin med lätt vikt. Pat tränar själv i gymmet på tisdagar. Återkoppling på FaR-dagboken, uppmuntrat att fortsätta.
Planering: Åb 4 v.
""")

N("D69-19", "D69-19-04", "2024-04-01", "Återbesök", KARIN, "c09", """
Anamnes: Har missat gymmet 2 veckor pga förkylning, känner sig "tillbaka på ruta ett".
Åtgärd: Motiverande samtal om bakslaget: vad fungerade innan? Pat bestämmer sig för att börja med halva passet och att boka gymtid samma dag som barnbarnen är på badhuset. Akupunktur inte aktuellt, ryggsmärtan är lugn.
Planering: Tel om 4 v.
""")

N("D69-19", "D69-19-05", "2024-05-06", "Telefon", KARIN, "", """
Telefonuppföljning. Tillbaka i gymmet 2 ggr/v, cyklar och går med stavar. Gick 2 km med barnbarnen till badhuset förra helgen. Avslut efter överenskommelse.
""")

N("D69-19", "D69-19-06", "2024-05-07", "Epikris", KARIN, "c01 c02 c03 c06 c07 c09 home", """
Epikris
Diagnos: Lumbal spinal stenos L4–L5.
Kontakter: 4 besök + 1 telefonkontakt feb–maj 2024.
Insatser: Information om diagnosen och fysisk aktivitet, motiverande samtal, FaR (cykling, stavgång), motionscykel i salen, balansövningar hemma, styrketräning i gym. Akupunktur planerades vid behov men blev inte aktuell.
Resultat: Gångsträcka 400 m → 2 km.
Avslutas.
""")

# ---------------------------------------------------------------- D69-20
# Primärvård. 31-årig man, klättrare, smärta hö skulderblad/nacke.

N("D69-20", "D69-20-01", "2024-10-07", "Nybesök", JONAS, "c02 c04 home", """
Nb. 31 m, IT. Klättrar 3–4 ggr/v, tränar även själv på gym. Smärta hö skulderblad/nacke 3 mån, värre efter klättring på överhäng. NRS 4.
St: Cx rot ua. Nedsatt th-ext Th4–Th7. Pectoralis minor kort hö. Scapula: winging vid excentrisk fas armhävning hö. Neuro ua.
Bed: Scapulär dysfunktion hö, nedsatt th-rörlighet.
Åtg: Mob th PA gr III–IV Th4–7. Stretch pect minor i dörröppning, hemövn. Serratusaktivering: wall slides m fokus på scapulakontroll, hemövn.
Plan: åb 2 v.
""")

N("D69-20", "D69-20-02", "2024-10-21", "Återbesök", JONAS, "c07 home", """
Åb. Bättre, klättrat utan värk 2 ggr. Gymprogram: enarmsrodd hantel 16 kg 3x10, face pulls i kabel 3x15, landmine press 3x8. Lägger in det i sitt eget gympass 2 ggr/v.
""")

N("D69-20", "D69-20-03", "2024-11-04", "Återbesök", JONAS, "c04", """
Åb. Tränar enl programmet. Mob th + manuell stretch pect minor. Ingen winging kvar vid armhävning.
""")

N("D69-20", "D69-20-04", "2024-11-25", "Telefon", JONAS, "", """
Tel. Symtomfri, klättrar som vanligt. Avslut.
""")

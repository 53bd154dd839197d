# -*- coding: utf-8 -*-
"""Swedish notes, patients D69-01 .. D69-10. Fictional.

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

# ---------------------------------------------------------------- D69-01
# Hemrehab. 84-årig kvinna, fall i köket.

N("D69-01", "D69-01-01", "2023-09-04", "Hembesök", MARIA, "c01 c02 home", """
Hembesök tillsammans med arbetsterapeut efter remiss från distriktssköterskan. Kvinna, 84 år, bor ensam i lägenhet på andra våningen, hiss finns. Föll i köket för två veckor sedan när hon vände sig vid spisen, kom inte upp själv utan fick ligga kvar tills hemtjänsten kom på morgonen. Undersökt på akuten, inga frakturer. Sedan dess rädd att gå ut, använder rollator inomhus sedan fallet. Innan promenerade hon till affären varje dag.

Reser sig från stol med armstöd, behöver två försök. TUG 19 s med rollator. 30 s uppresningstest 6 st. Står med fötterna ihop 10 s, tandemstående går inte. Går med korta steg och tittar ner i golvet.

Bedömer förhöjd fallrisk pga nedsatt balans och benstyrka samt rädsla för att falla.

Vi har gått igenom vad som ökar risken att falla hemma och vad hon ska göra om hon faller igen. Trygghetslarm finns men hon bar det inte vid fallet, har det nu runt handleden. Påbörjat ett enkelt balansprogram vid diskbänken: stå med fötterna ihop, tyngdöverföring sida till sida, tåhävningar 10 st. Programmet lämnat på papper, att göra dagligen.

Arbetsterapeuten bedömer hemmiljön och hjälpmedel separat.
Planering: nytt hembesök om en vecka, då träna att ta sig upp från golvet.
""")

N("D69-01", "D69-01-02", "2023-09-12", "Hembesök", MARIA, "c02 c10 home", """
Hembesök. Pat har gjort balansövningarna vid diskbänken de flesta dagar och tycker att de går lättare. Idag tränade vi att ta sig ner på golvet och upp igen via knästående och med stöd av en stol. Första försöket fick jag hjälpa till, andra gången klarade hon själv. Repeterade sidosteg och steg framåt vid bänken och ökade till att gå fot framför fot längs en linje med stöd av bänken. Tandemgång längs hallen lagd till i hemprogrammet. Pat trött efteråt men nöjd.
""")

N("D69-01", "D69-01-03", "2023-09-20", "Telefon", MARIA, "", """
Tel från dottern. Mamman har varit förkyld och legat mycket senaste veckan, inte gjort några övningar. Inga nya fall. Nästa hembesök flyttas en vecka.
""")

N("D69-01", "D69-01-04", "2023-10-03", "Hembesök", MARIA, "c02 c03 c06 c10 home", """
Hembesök. Pat frisk igen. Vi gick tillsammans ut en runda runt kvarteret med rollator, ca 400 m, med en vilopaus på bänken vid busshållplatsen. Säker med rollatorn på asfalt men osäker vid trottoarkanten, så vi övade att ta kantstenen upp och ner några gånger.
Har rekommenderat henne att gå ut en kortare promenad med rollatorn varje dag när vädret tillåter, gärna tillsammans med dottern i början.
Balansprogrammet körde vi igenom tillsammans inne i köket, hon gör det bra, fortsätter oförändrat hemma.
""")

N("D69-01", "D69-01-05", "2023-10-24", "Epikris", MARIA, "c01 c02 c03 c06 c10 home", """
Epikris hemrehab
84-årig kvinna remitterad efter fall i hemmet i augusti. Tre hembesök och en telefonkontakt under september–oktober.
Insatser: information om fallrisk och om hur man tar sig upp efter ett fall, balansträning med hemprogram, träning i att resa sig från golvet och att ta trottoarkanten, gemensam utomhuspromenad med rollator samt råd om daglig promenad.
Vid avslut TUG 14 s, 30 s uppresningstest 9 st. Går nu själv till brevlådan och med dottern till affären. Inga nya fall.
Avslutas från hemrehab, återkontakt vid behov.
""")

# ---------------------------------------------------------------- D69-02
# Primärvård. 67-årig man, knäartros hö.

N("D69-02", "D69-02-01", "2023-03-06", "Nybesök", KARIN, "c01 c02 home", """
Kontaktorsak: Smärta hö knä sedan ca 2 år, tilltagande senaste halvåret.
Anamnes: 67-årig man, pensionerad snickare. Rtg 2022 visar medialt betonad artros hö knä. Fick kortisoninjektion av läkare på hälsocentralen i höstas med effekt ca 6 veckor. Gick artrosskola 2019 men tränade inte efter den. Besvär vid trappgång och efter längre promenader, NRS 5/10 vid aktivitet, 2/10 i vila. Jagar älg på hösten och vill klara att gå i skogen.
Status: Lätt hälta hö. Knäflexion hö 115°, vä 130°. Extension ua bilat. Lätt svullnad hö knä, ömhet över mediala ledspringan. Enbensuppresning från stol hö 4 st med valgus, vä 10 st. Enbensstående hö 12 s.
Bedömning: Knäartros hö med nedsatt styrka och knäkontroll.
Åtgärd: Information om artros, att belastning och träning är behandling och inte sliter på leden, samt om smärtmonitorering (ok upp till 5/10 om det går tillbaka till nästa dag). Instruktion i knäkontrollövningar: step-up med fokus på knä över fot, knäböj mot vägg, enbensstående på kudde. Hemprogram utskrivet.
Planering: Åb 2 v. Mål: gå 5 km i skogsterräng till jaktsäsongen.
KVÅ: QV007, QB001
""")

N("D69-02", "D69-02-02", "2023-03-20", "Återbesök", KARIN, "c02 c06 c07 home", """
Anamnes: Har gjort hemövningarna 4–5 ggr/v. Lite ömmare första veckan, sedan bättre.
Åtgärd: Uppvärmning 10 min på motionscykel i träningssalen under handledning, därefter genomgång av programmet. Progression: step-up på högre låda, enbensknäböj med stöd. Introducerat benpress i maskin 3x12 á 40 kg och knäextension i maskin 3x12 á 15 kg. Pat får träna i salen på egen hand tisdagar och torsdagar enligt programmet.
Planering: Åb 3 v.
""")

N("D69-02", "D69-02-03", "2023-04-11", "Återbesök", KARIN, "c03 c07 home", """
Anamnes: Tränar i salen 2 ggr/v, benpressen går bra. Värk efter en långpromenad på 6 km i helgen, NRS 6, som gick över till dagen efter.
Status: Enbensuppresning hö 9 st, bättre knäkontroll.
Åtgärd: Diskuterat promenaddosering. Rekommenderar att han går 3–4 km varannan dag och ökar med ca 1 km/vecka, gärna med stavar i kuperad terräng, och cyklar de andra dagarna. Justerat programmet i salen: benpress ökad till 50 kg, fortsätter träna själv 2 ggr/v.
Planering: Åb 4 v.
""")

N("D69-02", "D69-02-04", "2023-05-09", "Telefon", KARIN, "", """
Telefonkontakt enligt överenskommelse. Pat mår bra, har gått 5 km på grusväg utan ökad värk. Tränar på. Har på egen begäran fått tid hos ortoped i juni för en second opinion. Åb om 4 v.
""")

N("D69-02", "D69-02-05", "2023-06-07", "Återbesök", KARIN, "c02 home", """
Anamnes: Ortopeden såg ingen indikation för protes i nuläget. Pat nöjd. NRS 2–3 vid aktivitet.
Status: Enbensuppresning hö 13, vä 14. Enbensstående hö 30 s.
Åtgärd: Uppföljning av tester. Uppdaterat hemprogrammet inför sommaren när han inte kommer till salen: enbensknäböj, step-down från trappsteg, enbensstående med slutna ögon.
Planering: Avslut efter sommaren om fortsatt bra.
""")

N("D69-02", "D69-02-06", "2023-09-05", "Epikris", KARIN, "c01 c02 c03 c06 c07 home", """
Epikris fysioterapi
Diagnos: Knäartros hö.
Kontakter: 4 besök + 1 telefonkontakt mars–juni 2023.
Behandling: Artrosinformation, knäkontroll- och balansträning med hemprogram, styrketräning i maskin (benpress, knäextension) i träningssalen, uppvärmning på motionscykel, råd om gradvis ökning av promenader och cykling.
Resultat: NRS vid aktivitet 5 → 2, enbensuppresning hö 4 → 13 st. Målet att gå 5 km i skogsterräng uppnått inför jakten.
Avslutas. Pat tränar vidare på egen hand på gym.
""")

# ---------------------------------------------------------------- D69-03
# Primärvård. 45-årig kvinna, långvarig ländryggssmärta, rörelserädsla.

N("D69-03", "D69-03-01", "2023-01-16", "Nybesök", ELIN, "c01", """
Nybesök fysioterapi
• Ländryggssmärta sedan 2019, inget trauma. Sjukskriven 50 % som undersköterska sedan oktober.
• Provat: TENS via tidigare fysioterapeut 2021 utan effekt, naprapat, paracetamol/ibuprofen vb.
• Undviker att lyfta och böja sig. Har slutat med innebandyn och slutat gå i skogen med hunden. Rädd att "något ska gå sönder". TSK 44.
• Viktigt för henne: orka leka med barnen, gå med hunden i skogen igen.
• Status: Flexion fingertopp–golv 25 cm, smärta på vägen ner, stel och bromsad rörelse. Neurologi ua. SLR neg bilat. Nedsatt lumbopelvisk kontroll vid höftflexion i stående.
• Bed: Långvarig ospecifik ländryggssmärta med rörelserädsla. Inga röda flaggor.
• Smärtfysiologi: gått igenom skillnaden mellan akut och långvarig smärta, ett känsligt nervsystem, att smärta inte är detsamma som skada. Bra frågor från pat.
• Mål: gå med hunden 30 min i skogsterräng 3 ggr/v.
• Plan: åb 1 v, börja rörelseträning.
""")

N("D69-03", "D69-03-02", "2023-01-24", "Återbesök", ELIN, "c02 c08 home", """
Återbesök
• Har tänkt mycket på förra samtalet. Lite ont efter dammsugning.
• Motorisk kontroll: bäckentippning i ryggliggande, "waiter's bow" med käpp längs ryggen framför spegel, bäckenrörelser sittande på boll. Svårt att skilja höftrörelsen från ländryggen, bättre efter repetition.
• Andningsövning i ryggliggande: lugn bukandning 5 min. Pat märkte själv att hon håller andan när hon böjer sig.
• Hemprogram: waiter's bow + bukandning dagligen, skickat via appen.
• Plan: åb 1 v.
""")

N("D69-03", "D69-03-03", "2023-02-01", "Återbesök", ELIN, "c03 c09 c10", """
Återbesök
• Gjort övningarna 5 av 7 dagar.
• Samtal utifrån hennes värderingar (barnen, hunden, skogen): vad har undvikandet kostat? Hon säger att hon "lever på halvfart". Pratat om att kunna ha ont och ändå göra det som är viktigt.
• Gradvis exponering: lyfta en tvättkorg från golvet i flera varianter, först tom och sedan med ca 5 kg tvätt. Pat överraskad att det gick.
• Uppmuntrat henne att börja gå med hunden 15 min på plan mark varannan dag, oavsett dagsform.
• Plan: åb 2 v.
""")

N("D69-03", "D69-03-04", "2023-02-15", "Telefon", ELIN, "c01 home", """
Tel. Pat ringer, bakslag efter att ha hjälpt sin mamma att flytta, NRS 8. Orolig att hon förstört något. Inga nya symtom i benen. Förklarat att skov är vanliga vid långvarig smärta och handlar om ökad känslighet, inte om ny skada. Råd om aktivitetsanpassning: hålla igång vardagen men dela upp tunga moment, halvera övningarna i hemprogrammet några dagar. Behåller tiden nästa vecka.
""")

N("D69-03", "D69-03-05", "2023-02-22", "Återbesök", ELIN, "c02 c08", """
Återbesök
• Bättre igen, NRS 4. Har gått med hunden 3 ggr senaste veckan.
• Mindfulness i rörelse: långsam framåtböjning i stående med uppmärksamhet på andningen och känslan i fötter och bäcken, lägga märke till tankar ("nu kommer det att göra ont") och låta dem passera.
• Fortsatt motorisk kontroll: bäckentippning i stående, höftgångjärn nu utan käpp.
• Plan: åb 2 v.
""")

N("D69-03", "D69-03-06", "2023-03-15", "Återbesök", ELIN, "c02 c08 c09 home", """
Återbesök
• Går med hunden i skogen 20–30 min nästan dagligen. Har spelat innebandy med barnen på gården.
• Uppföljning av mål. TSK 33.
• Pratat om vad hon gör när smärtan ökar: hon använder andningen och fortsätter i lägre tempo i stället för att avbryta. Bekräftat hennes val utifrån det som är viktigt för henne och vad hon vill stå för framöver.
• Uppdaterat hemprogram: höftgångjärn, enbensstående med bålrotation, bukandning vid behov.
• Pat önskar samtal om stress och sömn, remiss till psykolog på HC.
• Plan: tel om 4 v, sedan avslut.
""")

N("D69-03", "D69-03-07", "2023-04-17", "Epikris", ELIN, "c01 c02 c03 c08 c09 c10 home", """
Epikris
Långvarig ländryggssmärta med rörelserädsla. 5 besök + 1 tel januari–april.
Insatser: smärtfysiologi, motorisk kontrollträning för ländrygg/bäcken, andningsövningar och mindfulness i rörelse, ACT-inspirerat arbete med värderingar och gradvis exponering för lyft, råd om dagliga promenader med hunden, hemprogram via app.
Resultat: NRS 7 → 4, TSK 44 → 33. Arbetar 75 % från april. Målet uppnått (går med hunden i skogen).
Remitterad till psykolog på HC (stress/sömn). Avslutas hos fysioterapeut.
""")

# ---------------------------------------------------------------- D69-04
# Hemrehab. 79-årig kvinna, halvprotes hö höft efter fall.

N("D69-04", "D69-04-01", "2023-05-15", "Hembesök", MARIA, "c01 c02 home", """
Hembesök, första kontakten efter utskrivning från ortopeden 11/5. Opererad med halvprotes hö höft 3/5 efter fall i trädgården. Får belasta fullt enligt op-anteckningen, inga rörelserestriktioner beskrivna. Bor med maken i villa, sovrummet ligger på övervåningen så hon sover nu i vardagsrummet. Går med rollator inomhus, korta sträckor. Smärta NRS 4 vid gång, tar Alvedon och Oxynorm vid behov.
Reser sig från säng och stol själv med hjälp av armstöden. Går 15 m till köket med rollator, säkert. Trappan inte provad ännu.
Informerade pat och make om att hon får belasta fullt, att det inte är farligt att gå trots att det gör ont kring såret och att svullnad är vanligt de första veckorna. Instruerade höftövningar i säng och stående vid rollatorn: höftabduktion, lätta knäböj, tåhävningar, knästräckning i sittande. Programmet lämnat på papper, 2 ggr/dag.
Plan: trappträning vid nästa besök så att hon kan sova i sovrummet igen.
""")

N("D69-04", "D69-04-02", "2023-05-22", "Hembesök", MARIA, "c02 c10 home", """
Trappträning: gick upp till övervåningen (14 steg) med ledstången på hö sida och käpp i vä hand, friska benet först upp och det opererade först ner. Maken tittade på. Klarade det lugnt, två vändor. Hon får gå i trappan med maken bredvid tills vidare. Lagt till stå på ett ben med stöd och sidosteg vid köksbänken i hemprogrammet. Sårläkning ua enligt distriktssköterskan.
""")

N("D69-04", "D69-04-03", "2023-06-01", "Hembesök", MARIA, "c07 c10 home", """
Pat sover nu på övervåningen, går trappan själv en gång om dagen. Går inomhus med käpp. Idag övade vi att gå utan hjälpmedel i hallen med mig bredvid, stabilt men kortare steg med hö ben. Tränade också att sätta sig och resa sig från toaletten utan förhöjning. Viktmanschett 1 kg om hö fotled för höftabduktion i stående och knästräckning i sittande, 3x10. Manschetten lånas ut från hemrehab och skrivs in i hemprogrammet.
""")

N("D69-04", "D69-04-04", "2023-06-12", "Telefon", MARIA, "", """
Tel med maken. Pat har ont i vä knä sedan några dagar, ingen svullnad. Hon fortsätter med övningarna. Råd att avvakta och höra av sig till HC om det inte släpper. Nästa besök som planerat.
""")

N("D69-04", "D69-04-05", "2023-06-20", "Hembesök", MARIA, "c02 c07 home", """
Knät bättre. Går utomhus med käpp runt huset, ca 200 m. TUG 12 s, 30 s uppresning 8 st, enbensstående hö 5 s. Gick igenom hemprogrammet tillsammans: ökat till 2 kg manschett och lagt till tandemstående vid bänken.
""")

N("D69-04", "D69-04-06", "2023-07-03", "Epikris", MARIA, "c01 c02 c07 c10 home", """
Epikris hemrehab. 79-årig kvinna, halvprotes hö höft efter fall i maj. Fyra hembesök och en telefonkontakt maj–juli. Insatser: information om belastning och smärta efter operationen, höftövningar och balansträning med hemprogram, trappträning och förflyttningsträning, styrketräning med viktmanschett. Går nu inomhus utan hjälpmedel, utomhus med käpp, klarar trappan själv. Avslutas, hänvisas till fysioterapeut på HC vid behov.
""")

# ---------------------------------------------------------------- D69-05
# Primärvård. 34-årig kvinna, nacksmärta, kontorsarbete.

N("D69-05", "D69-05-01", "2023-10-02", "Nybesök", JONAS, "c01 c02 c04 home", """
Nb. 34 år kv, ekonom. Nacksmärta bilat ca 6 mån, debut efter byte till laptop på ny arbetsplats. Huvudvärk 2–3 d/v. Ingen domning/svaghet arm. NRS 6.
St: Framskjuten huvudhållning. AROM cx rot hö 60 vä 50, smärta vä. Ext begr. Neuro ua. Spurling neg. CCFT 22 mmHg, svårt hålla. Öm övre trapezius och levator vä.
Bed: Ospec nacksmärta m nedsatt kontroll djupa nackflexorer.
Åtg: Ergonomigenomgång: laptop på ställ, separat tangentbord, mikropauser. Mob cx passivt rot vä gr II–III. Instr nickövn i rygglig + skulderbladsövn som hemövn.
Plan: åb 1 v.
""")

N("D69-05", "D69-05-02", "2023-10-10", "Återbesök", JONAS, "c05 c08", """
Åb. Lite bättre, huvudvärk 1 ggr senaste v. Gör nickövn dagl.
Akupunktur 6 nålar nacke/skuldra bilat + LI4 bilat, 20 min, 2 stimuleringar. Tolererade bra.
Andn.övn sittande i slutet: lång lugn utandning, släppa axlarna.
Åb 1 v, ev fler akup.
""")

N("D69-05", "D69-05-03", "2023-10-17", "Återbesök", JONAS, "c02 c05 home", """
Åb. Mkt bättre efter akup, NRS 3. Akup som förra ggn. Progression nickövn: sittande m huvudets vikt, 10x10 s. Uppdat hemprogram i appen.
""")

N("D69-05", "D69-05-04", "2023-10-31", "Återbesök", JONAS, "c04", """
Åb. NRS 2–3, ingen huvudvärk senaste v. Mob cx + mjukdelsbeh levator vä, pat avslappnad i rygglig. Akup ej idag, pat vill se om det håller utan. Avslut planeras.
""")

N("D69-05", "D69-05-05", "2023-11-28", "Epikris", JONAS, "c01 c02 c04 c05 c08 home", """
Epikris. Nacksmärta. 4 besök okt. Beh: ergonomiråd, manuell beh cx, akupunktur x2, andn.övn, motorisk kontroll djupa nackflexorer m hemprogram. NRS 6 → 2, ingen huvudvärk. Avslut, åter vb.
""")

# ---------------------------------------------------------------- D69-06
# Primärvård. 74-årig man, spinal stenos, pacemaker.

N("D69-06", "D69-06-01", "2023-02-13", "Nybesök", KARIN, "c01", """
Kontaktorsak: Bensmärta vid gång.
Anamnes: 74-årig man. MR 2022 visar central spinal stenos L3–L5. Bedömd av ortoped, ej aktuell för operation nu, remitterad till fysioterapeut. Smärta i båda benen efter ca 300 m gång, bättre när han sätter sig eller lutar sig fram över kundvagnen. Pacemaker sedan 2018. Åkte längdskidor förr, har slutat.
Status: Gång ua på korta sträckor. Extension i ländryggen provocerar bensmärta efter 20 s. Flexion ua. Neurologi: sensibilitet, reflexer och kraft ua. Enbensstående hö 8 s, vä 6 s.
Bedömning: Symtomgivande spinal stenos med neurogen claudicatio, nedsatt balans.
Åtgärd: Information om spinal stenos och varför framåtlutning lättar, att symtomen inte är farliga och att gång trots bensmärta inte skadar nerverna. TENS ej aktuellt pga pacemaker.
Planering: Åb för träningsprogram. Mål: gå till kyrkan (1,2 km).
""")

N("D69-06", "D69-06-02", "2023-02-27", "Återbesök", KARIN, "c02 c03 c06 home", """
Åtgärd: Motionscykel 15 min i träningssalen, pat cyklade utan bensmärta. Balansövningar: tandemstående, stå på ett ben med stöd, gång på linje. Bålstabilitet: bäckenlyft, fyrfota med armlyft. Hemprogram med balans och bålstabilitet dagligen.
Råd om fysisk aktivitet: cykla på motionscykeln hemma (står i källaren) 20 min/dag och gå med stavar lätt framåtlutad, korta sträckor med pauser.
Planering: Åb 3 v.
""")

N("D69-06", "D69-06-03", "2023-03-20", "Återbesök", KARIN, "c02 c06", """
Anamnes: Cyklar dagligen, har gått med stavar 3 ggr. Klarar nu ca 600 m innan han behöver vila.
Åtgärd: Progression av balansövningarna med slutna ögon och mjukt underlag. Motionscykel 15 min.
KVÅ: QB001
""")

N("D69-06", "D69-06-04", "2023-04-24", "Telefon", KARIN, "", """
Telefonuppföljning. Mår bra, har gått till kyrkan två söndagar med en vilopaus på vägen. Reser till sonen i Umeå i två månader. Överenskommet om avslut.
""")

N("D69-06", "D69-06-05", "2023-04-25", "Epikris", KARIN, "c01 c02 c03 c06 home", """
Epikris
Diagnos: Spinal stenos L3–L5.
Kontakter: 3 besök + 1 telefonkontakt februari–april 2023.
Insatser: Information om diagnosen, balans- och bålstabilitetsträning med hemprogram, motionscykel i träningssalen, råd om cykling och stavgång. TENS ej aktuellt (pacemaker).
Resultat: Gångsträcka 300 → 600 m+, går till kyrkan. Mål uppnått. Avslutas.
""")

# ---------------------------------------------------------------- D69-07
# Hemrehab. 88-årig man, demenssjukdom, upprepade fall.

N("D69-07", "D69-07-01", "2023-11-06", "Hembesök", MARIA, "c01", """
Hembesök efter remiss från sjuksköterska i hemsjukvården, tre fall senaste månaden, det senaste på väg till toaletten nattetid. 88-årig man med måttlig demenssjukdom, bor med hustrun i radhus, hemtjänst två gånger om dagen. Går med rollator men glömmer den ibland. Reser sig från fåtöljen efter flera försök med gungning, sätter sig okontrollerat. Står med bred bas, stapplig vid vändning.
Pratade med pat och hustrun om att ha rollatorn nära sängen och nattlampa tänd på vägen till toaletten. Hemprogram bedöms inte genomförbart eftersom pat inte kommer ihåg övningarna och hustrun inte orkar leda dem.
Plan: korta hembesök en gång i veckan med förflyttningsträning och balans under besöken.
""")

N("D69-07", "D69-07-02", "2023-11-13", "Hembesök", MARIA, "c10", """
Tränade uppresning och nedsittning i fåtöljen, fötterna bakåt och näsan över tårna, 8 gånger. Efter verbal guidning satte han sig kontrollerat. Gick med rollatorn fram och tillbaka i hallen och vände vid ytterdörren, övade att hålla sig nära rollatorn i vändningen.
""")

N("D69-07", "D69-07-03", "2023-11-20", "Hembesök", MARIA, "c02 c06", """
Pat pigg idag. Stående balans vid köksbänken: tyngdöverföring framåt–bakåt och åt sidorna, stå med fötterna ihop, 2 x 5 min med pauser. Därefter promenad tillsammans med pat utomhus med rollator runt radhuslängan, 10 min. Hustrun gick med.
""")

N("D69-07", "D69-07-04", "2023-12-11", "Epikris", MARIA, "c01 c02 c06 c10", """
Epikris hemrehab. 88-årig man med demenssjukdom och upprepade fall. Tre hembesök i november, planerat fjärde besök inställt. Insatser: råd till pat och hustru om fallprevention nattetid, förflyttningsträning, balansträning och utomhuspromenad tillsammans med fysioterapeut vid besöken. Inget hemprogram pga kognitiv svikt. Ett fall under perioden, utan skada. Hemtjänstpersonalen informerad om förflyttningsteknik. Avslutas, ny remiss vid behov.
""")

# ---------------------------------------------------------------- D69-08
# Primärvård. 52-årig man, subacromiell smärta hö axel.

N("D69-08", "D69-08-01", "2023-04-03", "Nybesök", JONAS, "c01 c02 home", """
Nb. 52 m, elektriker. Smärta hö axel 4 mån, värre vid arbete ovan axelhöjd, nattvärk. Inget trauma. NRS 5.
St: AROM flex 160 m smärtsam båge 80–120, abd 150. Full PROM. Hawkins +, Neer +, Jobe smärta men kraft ok. Drop arm neg. Cx ua. Scapula: nedsatt uppåtrotation hö, tidig elevation.
Bed: Subacromiell smärta hö.
Åtg: Info om diagnos + belastningsråd på jobbet: undvika långvarigt arbete ovan axelhöjd närmaste veckorna, ställa stegen närmare. Scapulakontroll framför spegel + isometrisk utåtrotation mot vägg, hemövn 2 ggr/d.
Plan: åb 2 v.
""")

N("D69-08", "D69-08-02", "2023-04-17", "Återbesök", JONAS, "c02 c04 c05 home", """
Åb. Mindre nattvärk. Smärtsam båge kvar.
Akup hö axel lokalt 5 nålar + GB34, 20 min.
Tejpning scapula m kinesiotejp för uppåtrotation, pat provar några dagar.
Utåtrot m gult gummiband 3x15 tillagt i hemprogrammet.
""")

N("D69-08", "D69-08-03", "2023-05-08", "Återbesök", JONAS, "c07 home", """
Åb. Bättre, kan jobba ovan axelhöjd korta stunder. Tejpen hjälpte inte nämnvärt, ej fortsatt.
Styrketräning i gymmet på HC: sidolyft m hantlar 2 kg, rodd i kabelmaskin 15 kg, utåtrot i kabel 5 kg, 3x12. Får träna på egen hand på gym nära jobbet, program utskrivet.
Akup ej idag.
""")

N("D69-08", "D69-08-04", "2023-06-12", "Telefon", JONAS, "", """
Tel. Tränar på gymmet 2 ggr/v. Nästan smärtfri, ingen nattvärk. Avslut överenskommet.
""")

N("D69-08", "D69-08-05", "2023-06-13", "Epikris", JONAS, "c01 c02 c04 c05 c07 home", """
Epikris. Subacromiell smärta hö axel. 3 besök + tel. Beh: info/belastningsråd, scapulakontroll, akupunktur x1, tejpning (ingen effekt), styrketräning m gummiband och i gym, hemprogram. NRS 5 → 1. Avslut.
""")

# ---------------------------------------------------------------- D69-09
# Primärvård. 39-årig kvinna, långvarig ländrygg-/bäckensmärta, basal kroppskännedom.

N("D69-09", "D69-09-01", "2023-08-21", "Nybesök", ELIN, "", """
Nybesök
• Remiss från läkare på HC: långvarig ländryggs- och bäckensmärta sedan graviditeten 2017, ökat senaste året. Önskar bedömning och "något annat än vanlig träning".
• 39 år, förskollärare heltid, två barn 6 och 9 år, sambo. Mycket stress på jobbet sedan omorganisation i våras, personalbrist.
• Smärtan sitter i ländryggen och över vä SI-led, ibland ner i vä skinka, aldrig nedom knät. NRS 5 i snitt, 7 efter långa dagar. Värst vid långvarigt sittande (bio, bilresor) och efter att ha burit barn på jobbet. Även spänningshuvudvärk 2–3 ggr/v.
• Sover dåligt, vaknar tidigt och "kan inte stänga av". Andas högt upp i bröstet, märker det själv när hon är stressad.
• Tidigare: gått hos fysioterapeut med stabiliseringsträning 2018 och 2021 utan bestående effekt, "orkar inte fler övningsprogram". Massage privat ibland. Ibuprofen vb.
• Egen aktivitet: promenerar med en väninna 1–2 ggr/v, har slutat med zumba.
• Inga röda flaggor: ingen nattlig smärta utan lindring, ingen feber, ingen viktnedgång, blåsa/tarm ua.
• Status: Spänd i nacke och skuldror, höga axlar. Rörlighet i ländryggen ua men stel och bromsad, håller andan vid rörelse. Provokationstester SI-led: 1 av 5 pos vä. Neurologi ua. SLR neg bilat.
• Bed: Långvarig ländrygg-/bäckensmärta med hög spänningsnivå och stressrelaterad komponent. Låg motivation för traditionellt träningsprogram.
• Föreslagit basal kroppskännedom individuellt, pat positiv och nyfiken.
• Mål: kunna sitta igenom en bio utan att behöva gå ut; orka vara med på utflykterna med barngruppen.
• Plan: BK individuellt 1 g/v, 6 ggr. Sjukskrivning inte aktuellt enligt pat.
""")

N("D69-09", "D69-09-02", "2023-08-28", "Behandling", ELIN, "c10 home", """
Basal kroppskännedom, första gången
• Liggande: känna underlaget, var kroppen har kontakt med golvet.
• Stående: hitta balanslinjen, små tyngdöverföringar fram/bak.
• Pat upplevde det "konstigt men skönt". Märkte att hon spänner magen hela tiden.
• Hemuppgift: stå och känna fötterna mot golvet några gånger per dag, t.ex. när hon borstar tänderna.
""")

N("D69-09", "D69-09-03", "2023-09-04", "Behandling", ELIN, "c01 c10", """
BK 2
• Sittande och stående rörelser, rörelse från mitten, gång med uppmärksamhet på fötterna.
• Pratat om smärta och stress: hur ett uppvarvat nervsystem kan öka smärtkänsligheten och muskelspänningen. Pat kände igen sig.
""")

N("D69-09", "D69-09-04", "2023-09-11", "Behandling", ELIN, "c08 c10 home", """
BK 3
• Fokus andning: låta andningen komma av sig själv i liggande, följa den utan att ändra.
• Avslutade med kort kroppsskanning (mindfulness) 5 min. Pat somnade nästan.
• Uppmuntrad att lyssna på mindfulnessövningen i appen före sänggåendet.
""")

N("D69-09", "D69-09-05", "2023-09-25", "Telefon", ELIN, "", """
Tel. Pat avbokar BK 4 pga sjukt barn. Berättar att hon gör ståövningen och lyssnar på appen flera kvällar i veckan, sover bättre. Ny tid 2/10.
""")

N("D69-09", "D69-09-06", "2023-10-02", "Behandling", ELIN, "c09 c10", """
BK 4
• Rörelser i stående, svängningar och armrörelser.
• Samtal om vad som är viktigt för henne: att vara närvarande med barnen hemma och i barngruppen. Pratat om att hon inte kan styra bort all smärta men kan välja vad hon lägger sin energi på. Hon bestämde sig för att följa med på skogsutflykten på torsdag även om ryggen gör ont.
""")

N("D69-09", "D69-09-07", "2023-10-30", "Epikris", ELIN, "c01 c08 c09 c10 home", """
Epikris
• Långvarig ländrygg-/bäckensmärta med stresskomponent.
• Nybesök + 4 BK-tillfällen + tel, aug–okt (6 BK planerade).
• Insatser: basal kroppskännedom, information om smärta och stress, andning och kroppsskanning, värderingsbaserat samtal om att göra det som är viktigt trots smärta, hemuppgifter.
• Resultat: sover bättre, varit med på två utflykter. NRS oförändrad 5 men upplever smärtan mer hanterbar.
• Avslut. Kan söka BK-grupp på HC i vår om hon önskar.
""")

# ---------------------------------------------------------------- D69-10
# Primärvård. 71-årig kvinna, höftartros vä.

N("D69-10", "D69-10-01", "2024-01-08", "Nybesök", KARIN, "c01 c04 home", """
Kontaktorsak: Ljumsksmärta vä.
Anamnes: 71-årig kvinna. Rtg jan 2024: måttlig höftledsartros vä. Smärta i ljumsken vid gång > 30 min och när hon tar på strumpor. Morgonstelhet 20 min. Dansar gammaldans 1 g/v och vill fortsätta med det. Simmar ibland.
Status: Höft vä: flexion 95°, inåtrotation 10°, utåtrotation 30°, smärta i ytterlägen. Thomas test: förkortad höftflexor vä. Trendelenburg lätt positiv vä. 30 s uppresning 11.
Bedömning: Höftartros vä med nedsatt rörlighet och nedsatt kontroll av höftabduktorerna.
Åtgärd: Artrosinformation: vad artros är, att träning är förstahandsbehandling, att smärta under träning är acceptabel upp till 5/10. Manuell traktion vä höft i viloläge 3 x 1 min, pat upplevde lättnad. Stretch av höftflexorer i halvknästående instruerat att göra dagligen hemma.
Planering: Åb 1 v för träningsprogram.
""")

N("D69-10", "D69-10-02", "2024-01-15", "Återbesök", KARIN, "c02 c04 home", """
Åtgärd: Genomgång av träningsprogram: sidoliggande höftabduktion, enbens bäckenlyft, stå på ett ben med höftkontroll framför spegel, sidosteg med miniband. Övningarna att göra 3 ggr/v hemma, programmet på papper. Traktion höft vä som förra gången.
Planering: Åb 2 v.
""")

N("D69-10", "D69-10-03", "2024-01-29", "Återbesök", KARIN, "c03 c07 home", """
Anamnes: Tränar 3 ggr/v, lättare att ta på strumporna. Har dansat utan ökad värk.
Åtgärd: Introducerat träning i gymmet på HC: benpress 3x10 á 35 kg, höftabduktion i maskin 3x10 á 20 kg. Pat tränar själv i gymmet måndagar, tid bokad.
Råd om fysisk aktivitet: promenader 30 min 5 dagar/v, gärna med stavar; dela upp i 2 x 15 min de dagar det värker mer. Vattengympa rekommenderas som komplement.
Planering: Åb 4 v.
""")

N("D69-10", "D69-10-04", "2024-02-26", "Återbesök", KARIN, "c04 c07 home", """
Anamnes: Går 30 min de flesta dagar. Gymmet 1 g/v. NRS 3.
Status: Flexion 105°, inåtrotation 15°. 30 s uppresning 14. Trendelenburg neg.
Åtgärd: Uppföljning av tester. Ökat vikterna: benpress 45 kg. Rörlighet: pat visar sin hemstretch för höftböjarna, korrigerat utförandet.
Planering: Tel om 6 v.
""")

N("D69-10", "D69-10-05", "2024-04-08", "Telefon", KARIN, "c01", """
Telefonuppföljning. Pat mår bra, dansar varje vecka och tränar i gymmet 1 g/v. Fortsätter själv. Undrar om protes – förklarat att det inte är aktuellt så länge hon fungerar bra, och att ny röntgen och ortopedbedömning via läkare kan bli aktuellt om hon försämras. Avslut.
""")

N("D69-10", "D69-10-06", "2024-04-09", "Epikris", KARIN, "c01 c02 c03 c04 c07 home", """
Epikris
Diagnos: Höftartros vä.
Kontakter: 4 besök + 1 telefonkontakt jan–apr 2024.
Insatser: Artrosinformation, traktion och stretching, höftkontrollträning med hemprogram, styrketräning i gym, råd om promenader och vattengympa.
Resultat: NRS 5 → 2, inåtrotation 10° → 15°, 30 s uppresning 11 → 14. Dansar gammaldans.
Avslutas.
""")

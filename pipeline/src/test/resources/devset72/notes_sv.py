"""Swedish notes of devset72, written by hand one at a time, each with its human coding.

Setting (fictional): a private physiotherapy clinic with a care agreement (fysioterapimottagning
med vårdavtal) in Örebro, with a training hall. Long-standing back, hip, knee and widespread pain.

Every clinician and patient is invented. Patients appear only as codes.

note(note_id, date, note_type, author, codes, text, why="")
  codes: space-separated keys (see build.py CODE_KEYS), or "-" for a note with no category.
  why:   the coder's remark where the reading needs one (decision, near-miss, ambiguity).
"""

NOTES = []


def note(note_id, date, note_type, author, codes, text, why=""):
    NOTES.append((note_id, date, note_type, author, codes, text, why))


# The four writers and their styles (see README.md).
KF = "Karin Fredriksson, leg. fysioterapeut"    # structured headings Anamnes/Status/Bedömning/Åtgärd/Planering
ML = "Mats Lindqvist, leg. sjukgymnast"          # terse, abbreviations, KVÅ codes
SEB = "Sanna Eriksson Berg, leg. fysioterapeut"  # dictated prose; BK (BBAT) and ACT-inspired
JA = "Jonas Åberg, leg. fysioterapeut"           # bullet lists, training hall and gym programmes


# ---------------------------------------------------------------- D72-01  (KF) long-standing low back pain
note("D72-01-01", "2024-09-03", "Nybesök", KF, "edu sens home", """
Anamnes: 46-årig kvinna, undersköterska på äldreboende, 75 % tjänst. Ländryggssmärta sedan ca 3 år, debut utan känt trauma. Smärtan sitter centralt lågt lumbalt med utstrålning mot vä skinka, ej nedom knä. Värre vid långvarigt stående och vid förflyttningar av brukare, lindras av att gå och av värme. NRS 6/10 i snitt, 8/10 som värst. Sover ok. Har tidigare provat akupunktur på VC 2022 utan bestående effekt, samt gått hos naprapat. Tar Alvedon vb. Inga röda flaggor. Mål enl PSFS: klara ett helt arbetspass utan att behöva ta extra paus, kunna cykla till jobbet.
Status: Går ua. Lumbal flexion fingrar till mitt på underben, smärta i återgång. Ext begränsad 1/4, lokal smärta. SLR 80° bilat ua. Neurologi ua. Palpationsöm paravertebralt L4–S1 bilat, vä > hö. Nedsatt förmåga att aktivera djupa bukmuskler, bäckenet tippar vid aktiv SLR vä.
Bedömning: Långvarig ospecifik ländryggssmärta med nedsatt motorisk kontroll lumbopelvint. Inga tecken på nervrotspåverkan.
Åtgärd: Information om långvarig smärta och att smärtan inte är ett tecken på skada. Instruktion i aktivering av transversus abdominis i ryggliggande och bäckentippning med kontroll. Hemprogram med dessa två övningar, 2 ggr/dag.
Planering: Återbesök om 2 v. Ev. akupunktur längre fram om smärtan står still.
""", why="near-miss: earlier acupuncture at VC and naprapat (before programme / other provider); 'Ev. akupunktur' is a plan; 'lindras av värme' is the patient's own experience")

note("D72-01-02", "2024-09-17", "Återbesök", KF, "struct sens home", """
Anamnes: Gjort övningarna de flesta dagar. Känner att hon får bättre kontakt med magen. NRS 5.
Status: Aktiverar TrA bättre, fortf. kompensation med ytliga bukmuskler.
Åtgärd: Mjukdelsbehandling lumbalt paravertebralt vä, 10 min. Progression av stabiliseringsövningar: fyrfota med lyft av motsatt arm/ben, bäckenlyft med bibehållen neutral ländrygg. Övningarna läggs till hemprogrammet.
Planering: Åb 2 v.
""")

note("D72-01-03", "2024-10-01", "Behandling", KF, "stim edu", """
Anamnes: Tuff vecka på jobbet med många tunga förflyttningar, NRS 7. Önskar prova akupunktur nu.
Åtgärd: Akupunktur 8 nålar, BL23, BL25, BL40 bilat samt GB30 vä, 20 min, stimulering x 2. Ingen biverkan. Genomgång av förflyttningsteknik och arbetsställning vid sängbäddning (ergonomi).
Planering: Akupunktur 1 ggr/v x 3, därefter utvärdering.
KVÅ: DA001, QV010
""", why="decision: 'genomgång' of transfer technique = ergonomics education (1), not practice of a specified activity (10)")

note("D72-01-04", "2024-10-09", "Telefonkontakt", KF, "edu paadv", """
Pat ringer. Har haft ökad värk sedan i helgen efter att ha grävt i trädgårdslandet i flera timmar. Ingen ny utstrålning, inga neurologiska symtom. Lugnande besked. Råd att dosera aktiviteter och dela upp trädgårdsarbetet i kortare pass, samt att fortsätta med dagliga promenader i lugn takt i stället för att vila. Hör av sig vid försämring.
""")

note("D72-01-05", "2024-10-15", "Behandling", KF, "stim sens", """
Akupunktur enl tidigare, 8 nålar 20 min. Pat upplever att nålarna ger några dagars lindring men inte mer. Stabövningar: fyrfota ok, progression till planka på knä 3 x 20 s. KVÅ: DA001
""")

note("D72-01-06", "2024-12-10", "Epikris", KF, "edu sens struct stim paadv home", """
Epikris fysioterapi
Pat har behandlats för långvarig ländryggssmärta under perioden 2024-09-03 – 2024-12-10, totalt 5 kontakter inkl. en telefonkontakt.
Insatser: Information om långvarig smärta och om ergonomi i arbetet. Stabiliseringsträning med fokus på motorisk kontroll lumbopelvint. Mjukdelsbehandling. Akupunktur vid 2 tillfällen, avbröts då effekten var kortvarig. Råd om fysisk aktivitet: dagliga promenader och cykling till arbetet när det känns möjligt. Hemprogram med stabilitetsövningar.
Resultat: NRS 6 → 3. PSFS 3,5 → 7. Cyklar nu till jobbet 3 dgr/v. Arbetar 75 % utan extra pauser.
Pat avslutas och fortsätter på egen hand med hemprogrammet.
""", why="discharge summary listing what was received is coded")


# ---------------------------------------------------------------- D72-02  (JA) knee osteoarthritis, gym
note("D72-02-01", "2024-08-20", "Nybesök", JA, "edu papt weight home", """
Nybesök – knäartros bilat
• 63 år, pensionerad busschaufför. Knäsmärta bilat sedan 5–6 år, hö > vä. Rtg 2023: måttlig artros mediala kompartment bilat.
• Ont vid trappor och efter promenader > 3 km. Morgonstelhet ca 15 min.
• Spelar golf, vill klara 18 hål utan golfbil.
• Tränar inte i dag. Gick på gym tidigare men slutade under pandemin.
Status
• Lätt varusställning bilat. Svullnad hö knä, ingen hydrops.
• ROM hö knä ext 0, flex 125; vä ua.
• 30 s sit-to-stand: 10 st. Enbensstående hö 12 s, vä 20 s.
Bedömning
• Artrossmärta bilat knä med nedsatt styrka och balans hö > vä.
Åtgärd
• Info om artros, att belastning är bra för brosket och att viss smärta vid träning är ok (smärtmonitorering, max 5/10).
• Start i träningssal: motionscykel 10 min tillsammans med mig för att hitta lagom nivå, därefter benpress 3 x 12 (30 kg), knäextension i maskin 3 x 12 (15 kg).
• Gymprogram utskrivet med ovanstående + step-up, att köra 2 ggr/v på hans gym (Friskis).
Plan
• Träning i sal 1 ggr/v x 4, sedan uppföljning.
""", why="near-miss: sit-to-stand and one-leg stance are tests, not sensorimotor training; golf and earlier gym are the patient's own")

note("D72-02-02", "2024-08-27", "Träning i sal", JA, "papt weight sens home", """
Träning i sal
- Cykel 10 min uppvärmning, motstånd 5
- Benpress 3 x 12, 35 kg
- Knäext maskin 3 x 12, 15 kg
- Balansträning: enbensstående på balansplatta 3 x 30 s per ben, med och utan fixerad blick
- Knäkontroll: utfallssteg framåt med fokus på knä över fot, spegel
Tål bra, 3/10 under passet. Balansövningarna läggs till hemma.
""", why="decision: warm-up on the exercise bike in the training hall during a supervised session = activity with the physiotherapist (6)")

note("D72-02-03", "2024-09-10", "Träning i sal", JA, "papt weight", """
- Uppv. cykel 10 min
- Benpress 3 x 10, 40 kg
- Knäext 3 x 12, 17,5 kg
- Step-up 20 cm 3 x 10/ben
Svullnad hö knä efter förra veckans golfrunda, avtog på 2 dgr. Pat har kört programmet 2 ggr/v på Friskis.
""", why="near-miss: 'har kört programmet' only reports continuing the gym programme -> home 0")

note("D72-02-04", "2024-09-17", "Telefonkontakt", JA, "-", """
Pat ringer och avbokar dagens tid pga förkylning. Ny tid 24/9.
""")

note("D72-02-05", "2024-09-24", "Träning i sal", JA, "weight home paadv edu", """
Uppföljning efter 4 pass
- 30 s sit-to-stand: 13 st (från 10). Enbensstående hö 22 s.
- Smärta i trappa 3/10 (från 6/10)
Åtgärd:
- Gymprogrammet uppdaterat: benpress 45 kg, knäext 20 kg, tillägg utfallssteg med hantlar 2 x 8 kg.
- FaR utfärdad: promenader 30 min minst 5 dgr/v + gymträning 2 ggr/v. Uppmuntras att gå 9 hål utan golfbil som steg mot målet.
- Genomgång av hur han kan hantera svullnad efter golf: avlasta ett dygn, sedan gradvis tillbaka.
""", why="FaR = physical activity advice (KVÅ DV002); tests at the top are not treatment")

note("D72-02-06", "2024-11-05", "Epikris", JA, "edu papt weight sens home paadv", """
Epikris
Knäartros bilat. 4 besök i sal aug–sep + tel, avslut nov.
Behandling: artrosinformation, handledd träning i sal (cykel, benpress, knäextension, balans- och knäkontrollövningar), individuellt gymprogram att köra på egen hand, FaR.
Resultat: sit-to-stand 10 → 14. Går 18 hål med paus efter 9. Nöjd.
Avslutas.
""")


# ---------------------------------------------------------------- D72-03  (SEB) long-standing widespread pain
note("D72-03-01", "2024-09-05", "Nybesök", SEB, "edu", """
Patienten är en 38-årig kvinna som remitteras från vårdcentralen på grund av långvarig generaliserad smärta sedan cirka sex år tillbaka, diagnostiserad som fibromyalgi. Hon arbetar som förskollärare på 50 % och är sjukskriven resterande del. Hon beskriver värk i nacke, skuldror, ländrygg och båda höfterna, en trötthet som inte går över med vila och att hon sover oroligt. Hon har tidigare gått i varmvattengymnastik genom en patientförening och upplevde det som skönt men orkade inte fortsätta. Hon tar Saroten till natten, förskrivet av läkare på vårdcentralen.
Vid undersökningen ser jag en spänd andning högt upp i bröstkorgen och ett hållningsmönster med uppdragna axlar. Rörligheten i rygg och höfter är i stort sett normal men hon rör sig försiktigt och stannar tidigt i rörelserna. Hon är palpationsöm på många ställen.
Vi har pratat om vad som är viktigt för henne just nu och formulerat två mål: att kunna gå med familjens hund en halvtimme och att orka vara med i kören igen. Jag har gett information om långvarig smärta, hur nervsystemet kan bli mer känsligt över tid och varför vila inte alltid hjälper.
Min bedömning är att hon kan ha nytta av basal kroppskännedom och av ett förhållningssätt där vi arbetar mot det som är viktigt för henne snarare än mot smärtfrihet. Vi planerar in basal kroppskännedom individuellt varannan vecka med start nästa vecka.
""", why="decision: goal formulation at start is not ACT (9); BK only planned here; earlier warm-water exercise is before the programme")

note("D72-03-02", "2024-09-12", "Behandling", SEB, "bbat home", """
Första behandlingen med basal kroppskännedom. Vi började liggande med fokus på kontakten mot underlaget och att låta andningen komma och gå av sig själv. Därefter övningar i stående med tyngdöverföring och centrering kring mittlinjen, samt enkla gångövningar där hon fick lägga märke till fötternas kontakt med golvet. Hon upplevde att axlarna sjönk ner under passet. Hon fick med sig två av ståendeövningarna att göra hemma en stund varje dag.
""", why="decision: awareness of the breath inside a BK session is BK (10), not a breathing exercise (8)")

note("D72-03-03", "2024-09-26", "Behandling", SEB, "bbat act", """
Vi fortsatte med basal kroppskännedom i stående och sittande. Idag berättade hon att hon slutat gå till kören helt eftersom hon är rädd att få ont av att stå stilla så länge. Vi pratade en stund om hur smärtan har kommit att bestämma allt mer av vad hon gör och vad det kostar henne, och om att det är sången och gemenskapen som är viktiga för henne. Vi kom fram till att hon ska gå till nästa körövning och sitta ner under delar av den, som ett första steg, även om det gör ont.
""", why="ACT-inspired without the vocabulary: values (singing, community) and a committed action despite pain")

note("D72-03-04", "2024-10-08", "Telefonkontakt", SEB, "-", """
Patienten ringer och berättar att hon varit på körövning två gånger och suttit ner halva tiden. Hon hade mer ont dagen efter men tycker att det var värt det. Hon frågar om TENS, som en väninna har använt. Jag förklarar att vi kan prova det om hon vill, men hon vill hellre fortsätta som nu och avstår i nuläget. Hon har själv börjat gå korta promenader med hunden, cirka 15 minuter.
""", why="near-miss: TENS offered and declined; walks are the patient's own initiative, no advice given")

note("D72-03-05", "2024-10-22", "Behandling", SEB, "bbat relax home paadv", """
Basal kroppskännedom: gång i rummet med uppmärksamhet på rytm och andning, därefter sittande med medveten närvaro, där hon fick öva på att lägga märke till ljud, kontakten med stolen och andningen utan att försöka ändra något, och notera när tankarna drar iväg till smärtan. Vi avslutade med en kort andningsövning med förlängd utandning som hon kan använda på kvällen när hon har svårt att varva ner. Vi pratade också om promenaderna: jag rekommenderar att hon fortsätter gå med hunden och ökar med fem minuter i veckan om det går, hellre ofta och kort än sällan och långt.
""", why="mindfulness + named breathing exercise (8); breathing exercise for her evenings = regime on her own (home)")

note("D72-03-06", "2024-12-17", "Epikris", SEB, "bbat relax act paadv home", """
Epikris
Patienten har under hösten träffat mig vid fyra tillfällen och haft en telefonkontakt. Behandlingen har bestått av basal kroppskännedom, mindfulnessövningar och andningsövningar, samtal med utgångspunkt i hennes värderingar kring hur hon kan återta aktiviteter som smärtan tagit ifrån henne, samt råd om gradvis ökade promenader. Hon har haft ett kort hemprogram med ståendeövningar ur basal kroppskännedom.
Hon sjunger nu i kören varje vecka och går med hunden 30 minuter de flesta dagar. Smärtan är i stort sett oförändrad, NRS 6, men hon upplever att den styr mindre. Vi avslutar kontakten; hon vet att hon kan höra av sig.
""")


# ---------------------------------------------------------------- D72-04  (ML) lumbago with sciatica, carpenter
note("D72-04-01", "2024-10-02", "Nybesök", ML, "edu paadv struct home", """
Nyb. 42-årig man, snickare. Lumbago m ischias hö sedan ca 2 år, skovvis. Senaste skovet 6 v. Smärta hö skinka → baksida lår, ej nedom knä. NRS 5–7. MR 2023 (VC): disk L5-S1 utan rotkompression. Sjskr 50% sedan 3 v.
St: Går ua. Flex lumb fingrar knäled, ökad smärta hö ben. SLR hö 50° m ischiassmärta, vä 80°. Slump + hö. Neurol ua (kraft, reflexer, sens).  Palp öm hö gluteal.
Bed: Lumbago/ischias hö m nervmekanosensitivitet, ingen neurologisk påverkan.
Åtg: Info om diagnos o god prognos. Råd att hålla igång, promenera dagl trots ischiasen, undvika sängläge. Nervglidning hö ben i ryggliggande instr, hemövn 2x10 x 3/dag.
Plan: Åb 1 v. KVÅ QV007
""", why="decision: nerve gliding (nerve mobilisation, listed under manual therapy in the BetterBack form) = structures/functions (4)")

note("D72-04-02", "2024-10-09", "Återbesök", ML, "struct sens home", """
Åb. Bättre, NRS 4. Gör nervglidn. SLR hö 65°.
Åtg: Mob L4-L5, L5-S1 PA gr III. Stabövn: fyrfota m aktivering TrA, bäckenlyft 3x10. Läggs till hemprogr.
Plan: Åb 1 v. KVÅ DN006
""", why="'Gör nervglidn.' only reports continuing; the new stabilisation exercises carry home")

note("D72-04-03", "2024-10-16", "Telefonkontakt", ML, "edu", """
Tel. Pat ringer, ökad smärta hö ben efter att ha lagt golv hela lördagen. Ingen ny domning/svaghet. Rådgivning: ta det lugnare med knästående arbete närmaste dgr, byta arbetsställning ofta, använda knäskydd/pall. Behåller åb.
""", why="activity modification/ergonomics = education; no physical activity advice")

note("D72-04-04", "2024-10-23", "Återbesök", ML, "stim sens", """
Åb. NRS 3–4. SLR hö 70°.
AKU 6 nålar: BL25 bilat, GB30 hö, BL36 hö, BL40 hö, 20 min, deqi. Tål bra.
Stabövn progression: planka 3x20 s, sidoplanka på knä.
KVÅ DA001
""")

note("D72-04-05", "2024-11-06", "Återbesök", ML, "stim bbat", """
Åb. Inför återgång 100% må 11/11. AKU enl ovan 20 min.
Träning av lyftteknik i sal: lyft av golvplattor (ca 15 kg) från golv till arbetsbänk m neutral rygg, höftdominant, 3 x 8. Knästående → uppresning m stöd. Pat hittar bra teknik efter några rep.
Plan: Avslut via tel om 3 v.
""", why="decision: practising a named work task (lifting floor tiles) = training of specified activities (10); not also coded 2")

note("D72-04-06", "2024-11-27", "Telefonkontakt", ML, "edu struct sens stim bbat home", """
Tel. Arbetat heltid 2 v, klarar sig bra, NRS 2–3. Gör stabövn 2–3 ggr/v. Avslutas.
Sammanfattning: 6 kontakter. Info/råd om aktivitet, nervglidning, mob lumb, stabträning, AKU x2, träning av lyftteknik inför arbete. Hemprogr.
""", why="summary inside a phone note is coded as a discharge summary; 'Info/råd om aktivitet' is too vague for PA advice (3) -> education only")


# ---------------------------------------------------------------- D72-05  (KF) hip osteoarthritis
note("D72-05-01", "2024-08-13", "Nybesök", KF, "edu struct sens home", """
Anamnes: 61-årig kvinna, kontorist. Smärta hö ljumske och lateralt hö höft sedan 4 år, tilltagande senaste året. Rtg 2024 visar måttlig höftledsartros hö. Har gått artrosskola (BOA) på VC 2022 och gjorde övningarna ett halvår. Värst vid promenader > 30 min och när hon reser sig efter att ha suttit länge. NRS 5. Står på remisslista för ortopedbedömning men vill i första hand träna.
Status: Trendelenburg + hö. Inåtrotation hö 10°, vä 30°. Flexion hö 100°. Svaghet i abduktorer hö, kan ej hålla bäckenet i enbensstående > 5 s.
Bedömning: Höftledsartros hö med nedsatt rörlighet och nedsatt höftkontroll.
Åtgärd: Information om artros och att belastning i lagom dos är bra för leden. Manuell traktion hö höft i viloläge, 3 x 30 s. Övningar för höftkontroll: sidliggande abduktion med bäckenet stilla, enbensstående med stöd mot diskbänk med fokus på att hålla bäckenet vågrätt. Hemprogram.
Planering: Återbesök 2 v.
""", why="near-miss: artrosskola 2022 is before the programme; orthopaedic referral is another provider")

note("D72-05-02", "2024-08-27", "Återbesök", KF, "struct sens home", """
Anamnes: Gjort övningarna dagligen, upplever att hon står stadigare. NRS 4.
Status: Inåtrotation hö 15°.
Åtgärd: Traktion och mobilisering hö höft i inåtrotation. Stretching av höftflexorer i halvknästående, visat som hemövning 3 x 30 s. Progression av höftkontroll: enbensstående utan stöd, steg upp på pall med bibehållen bäckennivå.
Planering: Åb 3 v.
""")

note("D72-05-03", "2024-09-05", "Telefonkontakt", KF, "paadv", """
Pat ringer och frågar om hon kan börja med vattengympa då en vän går där. Råd: vattengympa 1–2 ggr/v passar bra, likaså cykling på motionscykel eller ute. Promenaderna kan hon dela upp i två kortare pass à 20 min i stället för ett långt.
""")

note("D72-05-04", "2024-09-17", "Återbesök", KF, "sens struct", """
Anamnes: Har börjat med vattengympa. Tränar även på gym på egen hand sedan 3 v enligt ett program hon fått av en PT på gymmet. NRS 3–4.
Status: Trendelenburg neg hö. Enbensstående hö 25 s.
Åtgärd: Balansträning på mjukt underlag, enbensknäböj till stol med spegel för knä- och bäckenkontroll. Mobilisering hö höft.
Planering: Åb 4 v, därefter ev. avslut.
""", why="near-miss: gym programme from a personal trainer at her gym = other provider / own activity, not weight training (7)")

note("D72-05-05", "2024-10-29", "Epikris", KF, "edu struct sens home paadv", """
Epikris
Höftledsartros hö. 4 kontakter inkl. en telefonkontakt.
Insatser: Artrosinformation, manuell traktion och mobilisering, stretching av höftflexorer, höftkontroll- och balansträning, hemprogram. Råd om vattengympa, cykling och uppdelade promenader.
Resultat: NRS 5 → 3. Inåtrotation 10° → 20°. Går 45 min utan att behöva stanna. Pat avvaktar ortopedbedömningen och fortsätter träna själv. Avslutas.
""")


# ---------------------------------------------------------------- D72-06  (JA) thoracolumbar pain, desk work
note("D72-06-01", "2024-09-02", "Nybesök", JA, "edu papt weight home", """
Nybesök
• 29 år, systemutvecklare, sitter 8–9 h/dag. Smärta nedre bröstrygg/övre ländrygg sedan 18 mån. Stel på morgonen, ont efter långa sittpass. NRS 4–5.
• Har gymmat tidigare, slutade pga rädsla att förvärra.
• Mål: tillbaka till gymmet 3 ggr/v, sitta en arbetsdag utan att få ont.
Status
• Thorakal ext begränsad, smärta Th10–L1 vid ext + rotation. Neurol ua.
Bedömning
• Långvarig ryggsmärta, belastningsrelaterad, dekonditionerad.
Åtgärd
• Ergonomi: genomgång av arbetsplatsen utifrån foton pat tagit, höj- och sänkbart bord, växla sittande/stående var 30–45 min.
• Crosstrainer 8 min tillsammans, lätt motstånd.
• Startprogram gym: marklyft med kettlebell 12 kg 3 x 10, rodd i kabel 3 x 12, goblet squat 3 x 10 – att köra 2 ggr/v på hans gym.
Plan
• Träning i sal 1 ggr/v.
""", why="near-miss: fear of making it worse is assessed, not treated -> no ACT (9)")

note("D72-06-02", "2024-09-09", "Träning i sal", JA, "papt weight sens", """
- Crosstrainer 10 min
- KB marklyft 16 kg 3 x 10, teknik bra
- Pallof press i kabel 3 x 10/sida, fokus bålstabilitet, långsamt
- Rodd 3 x 12
Kört gymprogrammet 1 gång. Lite stel dagen efter, inget mer.
""")

note("D72-06-03", "2024-09-23", "Telefonkontakt", JA, "-", """
Pat meddelar via 1177 att han inte kan komma pga jobbresa. Har tränat på gymmet på egen hand 2 ggr/v enligt programmet, mår bra. Ny tid om 2 v.
""", why="near-miss: report of continuing the gym programme on his own -> no weight training, no home")

note("D72-06-04", "2024-10-07", "Träning i sal", JA, "papt weight sens home", """
- Crosstrainer 10 min
- KB marklyft 20 kg 3 x 8
- Goblet squat 16 kg 3 x 10
- Sidoplanka 3 x 30 s/sida, Pallof press
- Programmet uppdaterat med ovan vikter + sidoplanka
NRS 2. Har bordet i stående läge ca 2 h/dag.
""")

note("D72-06-05", "2024-11-18", "Telefonkontakt", JA, "-", """
Avslutande telefonkontakt. Tränar 3 ggr/v, ingen smärta att tala om. Nöjd, fortsätter själv. Avslutas.
""")


# ---------------------------------------------------------------- D72-07  (ML) spinal stenosis, acupuncture and TENS only
note("D72-07-01", "2024-08-06", "Nybesök", ML, "stim struct", """
Nyb. 72-årig man, pensionär. Ländryggsvärk sedan > 10 år + smärta vä höft/lår senaste 2 år. Spinal stenos L3-L5 enl MR 2021, bedömd av ortoped, ej aktuell för op. Går 500 m, måste sedan sätta sig. Har fått akupunktur tidigare hos annan fysio m god effekt, önskar det igen. Antikoag? Nej, Trombyl.
Hemövn ej aktuellt enl pat önskemål, har provat massor.
St: Går m lätt framåtlutning. Lumb ext begr m smärta. SLR ua. Neurol: nedsatt ASR bilat (känt sedan tidigare).
Bed: Spinal stenos m neurogen claudicatio.
Åtg: AKU 10 nålar lumbalt bilat + vä gluteal, 25 min. Värmedyna under. Tål bra.
Plan: AKU 1 ggr/v x 4.
""", why="decision: heat pad during acupuncture = heat treatment (4). near-miss: earlier acupuncture elsewhere; home exercises declined")

note("D72-07-02", "2024-08-13", "Behandling", ML, "stim struct", """
AKU enl tidigare 10 nålar 25 min, värme. Går bättre efteråt.
""")

note("D72-07-03", "2024-08-20", "Behandling", ML, "stim", """
AKU 10 nålar 25 min. Pat rapporterar att han gått 1 km utan stopp i helgen. TENS utprovat vä lår, konventionell 80 Hz, 20 min, ger lindring. TENS-apparat utlånad för hemmabruk.
""", why="decision: TENS lent for home use is sensory stimulation (5) but not home_exercise (not an exercise/regime)")

note("D72-07-04", "2024-09-03", "Behandling", ML, "stim", """
AKU enl tidigare. Använder TENS hemma dagl vid promenader, bra effekt.
""")

note("D72-07-05", "2024-10-08", "Epikris", ML, "stim struct", """
Epikris. Spinal stenos. 4 bes. Fått AKU x 4 med värme samt TENS (utlånad apparat, återlämnad). Går nu ca 1 km. Avslutas, kan åter vid behov för ny AKU-serie. KVÅ DA001 DA021
""")


# ---------------------------------------------------------------- D72-08  (SEB) low back pain with fear of movement after disc surgery
note("D72-08-01", "2024-09-10", "Nybesök", SEB, "edu", """
Patienten är en 44-årig kvinna, ekonom, som har haft ländryggssmärta sedan en diskbråcksoperation 2021. Operationen tog bort bensmärtan men ryggvärken har funnits kvar. Hon beskriver att hon är mycket rädd för att böja sig och att något ska ”gå sönder” igen, och hon undviker att lyfta sin tvååring. Hon har slutat spela badminton. Efter operationen fick hon ett träningsprogram av fysioterapeuten på ortopedkliniken som hon gjorde i ett par månader, men hon slutade när ryggen inte blev bättre. Hon arbetar heltid, mest stillasittande, och har ett höj- och sänkbart skrivbord som hon sällan höjer eftersom hon är rädd att stå fel. Hon sover hyggligt men vaknar stel och tar Ipren vid behov, ungefär två gånger i veckan. Hennes man bär numera det mesta hemma. På TSK skattar hon 48. NRS 5.
Vid undersökningen rör hon sig stelt och håller andan vid framåtböjning. Lumbal flexion är begränsad till ungefär hälften av förväntat, utan neurologiska fynd. Hon har svårt att slappna av i ryggmusklerna i liggande. Aktiv SLR 2 + 2, något lättare med kompression över bäckenet. Ingen lokal palpationsömhet av betydelse över ärret.
Jag har förklarat att ett opererat diskbråck läker och att ryggen tål belastning, och att smärtan hon har nu i första hand handlar om ett känsligt system snarare än om en skada. Vi har formulerat mål: att kunna lyfta sin dotter upp i bilbarnstolen och att spela badminton med sin man.
Bedömning: Långvarig ländryggssmärta efter diskbråcksoperation med uttalad rörelserädsla. Jag planerar graderad exponering för de rörelser hon undviker, motorisk kontrollträning och arbete med andning och avspänning.
""", why="near-miss: exposure, motor control and relaxation are only planned; goals at start are not ACT; training programme after surgery is earlier treatment by another provider")

note("D72-08-02", "2024-09-17", "Behandling", SEB, "relax sens home", """
Idag började vi med andningsövningar i ryggliggande med händerna på magen, och progressiv avspänning av rygg- och sätesmuskulatur. Hon märkte att hon kunde släppa spänningen i ryggen när hon andades ut. Därefter motorisk kontroll: bäckentippning i ryggliggande och sittande, och aktivering av de djupa bukmusklerna medan hon andas lugnt. Hon fick ett hemprogram med andningsövningen och bäckentippningen.
""")

note("D72-08-03", "2024-09-24", "Behandling", SEB, "act bbat home", """
Vi gjorde tillsammans en lista över rörelser hon undviker och rangordnade dem efter hur farliga hon upplever dem, från att böja sig för att ta upp en strumpa till att lyfta dottern. Vi började med det som kändes minst hotande: hon fick böja sig fram och ta upp en strumpa från golvet flera gånger, först med stöd mot bänken och sedan utan. Hennes förväntan var att smärtan skulle bli 8/10, den blev 3/10. Vi pratade om att rädslan är begriplig efter operationen men att den har lett till att hon gör allt mindre. Hon tar med sig strumpövningen som hemuppgift.
""", why="ambiguous: graded exposure to reduce fear of movement (9) carried out by practising a named daily task (10); both coded")

note("D72-08-04", "2024-10-01", "Behandling", SEB, "act bbat sens", """
Fortsatt exponering: lyft av en 10 kg sandsäck från golvet till bordet, i steg från knähöjd ned till golvet. Förväntad smärta 7, faktisk 3. Hon blev förvånad och glad. Vi övade också på att lyfta upp sandsäcken i en bilbarnstol som vi ställt i träningssalen. Motorisk kontroll: knäböj med neutral rygg, fyrfota med armlyft.
""", why="near-miss: the 10 kg sandbag is an exposure task, not weight training (7)")

note("D72-08-05", "2024-10-15", "Telefonkontakt", SEB, "paadv", """
Patienten ringer. Hon har lyft dottern in i bilbarnstolen varje dag den senaste veckan och haft mindre ont än hon trodde. Hon undrar om hon kan börja spela badminton igen. Vi pratade om att hon kan börja med att slå bollar med sin man i lugnt tempo en halvtimme, och att hon under tiden kan börja promenera i rask takt 30 minuter tre gånger i veckan för att bygga upp konditionen.
""")

note("D72-08-06", "2024-10-29", "Behandling", SEB, "sens home", """
Hon har spelat badminton två gånger, med ömhet i ryggen dagen efter som gick över. Vi ägnade passet åt koordinationsträning med snabba riktningsförändringar, utfall och rotation med tyngdöverföring, som förberedelse för badmintonspelet, och hon fick känna efter att ryggen klarar det. Hemprogrammet uppdaterades med utfall med rotation och fyrfota.
""")

note("D72-08-07", "2024-12-03", "Epikris", SEB, "edu relax sens act bbat paadv home", """
Epikris
Patienten har haft sex kontakter under hösten för långvarig ländryggssmärta med rörelserädsla efter diskbråcksoperation. Behandlingen har bestått av smärtinformation, andnings- och avspänningsövningar, motorisk kontrollträning och graderad exponering för de rörelser hon undvek, där vi övade på att plocka upp saker från golvet och att lyfta dottern i bilbarnstolen. Hon har fått råd om att återuppta badminton och om promenader. Hemprogram.
TSK 48 → 31. NRS 5 → 2. Hon lyfter sin dotter och spelar badminton varje vecka. Avslutas.
""")


# ---------------------------------------------------------------- D72-09  (KF) patellofemoral pain, young woman
note("D72-09-01", "2024-10-01", "Nybesök", KF, "edu struct sens home", """
Anamnes: 24-årig kvinna, student. Främre knäsmärta bilat, vä > hö, sedan 2 år. Ont i trappor nedför, vid knäböj och efter långsittande (bio, föreläsningar). Slutade springa för 1 år sedan. Tränar i dag ingenting. NRS 4 vid trappgång.
Status: Dynamisk valgus vä vid enbensknäböj. Svag höftabduktion och utåtrotation vä. Patellamobilitet ua. Ingen svullnad. Step-down test: smärta vä vid 3:e rep.
Bedömning: Patellofemoral smärta vä > hö med nedsatt höft- och knäkontroll.
Åtgärd: Information om patellofemoral smärta, belastning och att vila inte hjälper på sikt. Tejpning vä patella (medial glid) – minskar smärtan vid step-down från 4 till 1. Övningar: clamshell med gummiband, enbensknäböj framför spegel med fokus på knä över tå. Hemprogram 1 ggr/dag.
Planering: Åb 2 v, planerar gymprogram.
""", why="decision: elastic band exercise is not weight training (7); gym programme only planned here")

note("D72-09-02", "2024-10-15", "Återbesök", KF, "weight sens home", """
Anamnes: Tejpen hjälpte, har tejpat själv vid långa promenader. Gör övningarna 4–5 dgr/v.
Status: Bättre knäkontroll vid enbensknäböj, fortf. valgus vid trötthet.
Åtgärd: Start gymprogram i vår träningssal: benpress enbens 3 x 10 (25 kg), höftabduktion i maskin 3 x 12, rumänska marklyft med hantlar 2 x 8 kg, step-down från 15 cm med spegel. Programmet skrivet så att hon kan köra det på skolans gym 2–3 ggr/v.
Planering: Åb 3 v.
""", why="near-miss: self-taping is reported, not delivered in this note -> no (4)")

note("D72-09-03", "2024-11-05", "Återbesök", KF, "weight sens home", """
Anamnes: Tränat 2 ggr/v på skolans gym. Trappor nedför NRS 1. Vill börja springa igen.
Åtgärd: Progression benpress 35 kg, marklyft med hantlar 2 x 10 kg. Hoppövningar: landning på två ben med knäkontroll, därefter enbenslandning. Programmet uppdaterat.
Planering: Löpning diskuteras vid nästa besök.
""")

note("D72-09-04", "2024-11-26", "Återbesök", KF, "sens", """
Anamnes: Smärtfri i vardagen.
Åtgärd: Löpning diskuterad – pat har bestämt sig för att vänta till efter tentaperioden och fortsätta med gymmet. Kontroll av hoppövningarna, bra landningskontroll.
Planering: Avslut via telefon i januari.
""", why="near-miss: running discussed but no advice given, patient decides to wait -> no PA advice (3)")

note("D72-09-05", "2025-01-14", "Telefonkontakt", KF, "edu struct sens weight home", """
Avslutande telefonsamtal. Pat tränar på gymmet 2 ggr/v, inga knäbesvär. Har inte börjat springa. Avslutas från mottagningen.
Epikris: 5 kontakter. Patellofemoral smärta. Information, tejpning, höft- och knäkontrollträning, individuellt gymprogram. Resultat: smärtfri i trappor och vid knäböj.
""", why="phone note with an epikris paragraph: coded from the summary; 'individuellt gymprogram' she runs herself -> weight + home")


# ---------------------------------------------------------------- D72-10  (JA) widespread pain, deconditioned, gym
note("D72-10-01", "2024-09-04", "Nybesök", JA, "edu papt weight home", """
Nybesök
• 50 år, lokalvårdare 100 %. Långvarig smärta i nacke, axlar, rygg och ben sedan 8 år. Utredd på reumatologen, ingen inflammatorisk sjukdom. NRS 6. Sover dåligt.
• Går på gym 1 ggr/v men vet inte vad hon ska göra, kör mest löpband.
• Mycket oro, ältar. Har själv bett VC om kontakt med psykolog – remiss skickad av läkare.
• Mål: orka jobba heltid utan att vara slut på kvällarna, kunna gå med barnbarnen till lekplatsen.
Status
• Generellt palpationsöm. ROM ua. Kraft ua men snabb uttröttning.
Bedömning
• Långvarig generaliserad smärta, dekonditionering.
Åtgärd
• Information om långvarig smärta och varför fysisk träning hjälper trots att det gör ont initialt.
• Motionscykel 10 min tillsammans, hitta lagom ansträngning (Borg 13).
• Individuellt gymprogram: benpress, latsdrag, bröstpress i maskin, 2 x 12 låga vikter. Köra 2 ggr/v på hennes gym.
Plan
• Träning i sal varannan vecka x 3.
""", why="near-miss: psychologist referral by the GP = other provider, no ACT; her own treadmill use is her own activity")

note("D72-10-02", "2024-09-18", "Träning i sal", JA, "papt weight paadv", """
- Cykel 12 min Borg 13
- Benpress 2 x 12, 30 kg
- Latsdrag 2 x 12, 20 kg
- Bröstpress 2 x 12, 10 kg
- Promenadråd: gå till jobbet (2 km) 2–3 dgr/v i stället för att ta bussen, i den takt som funkar.
Trött men ok efteråt.
""")

note("D72-10-03", "2024-10-02", "Träning i sal", JA, "papt weight", """
- Löpband 10 min gång 5 km/h, lutning 3 %, tillsammans
- Gymprogram i sal: ökat till 3 x 12, ok
- Har gått till jobbet 2 ggr/v
- Träffat psykolog på VC 1 gång
""", why="near-miss: walking to work is reported, not advised; psychologist is another provider")

note("D72-10-04", "2024-10-16", "Telefonkontakt", JA, "edu paadv home", """
Tel. Pat har influensa, sjuk sedan 1 v. Råd: vila tills feberfri, sedan börja försiktigt – halva belastningen på gymmet och kortare promenader första veckan, därefter tillbaka till det vanliga.
""", why="ambiguous: rest advice = general health education (1); shorter walks = PA advice (3); halving the gym load = advice on her own regime (home) but names no exercises -> weight 0")

note("D72-10-05", "2024-10-30", "Träning i sal", JA, "papt weight home", """
- Cykel 10 min
- Benpress 3 x 12, 40 kg; latsdrag 25 kg; bröstpress 12,5 kg; nytt: axelpress hantlar 2 x 10, 4 kg
- Programmet uppdaterat
- Orkar mer på kvällarna, NRS 5
""")

note("D72-10-06", "2024-12-11", "Epikris", JA, "edu papt weight paadv home", """
Epikris
• Långvarig generaliserad smärta. 5 kontakter sep–okt, avslut dec.
• Insatser: smärtinformation, handledd konditionsträning (cykel, löpband), individuellt gymprogram att köra på eget gym, promenadråd.
• Går till jobbet 3 dgr/v, gymmar 2 ggr/v. NRS 6 → 5. Har fortsatt kontakt med psykolog via VC.
• Avslutas.
""")


# ---------------------------------------------------------------- D72-11  (ML) gluteal tendinopathy, TENS
note("D72-11-01", "2024-10-07", "Nybesök", ML, "edu home", """
Nyb. 52-årig kvinna, lärare. Smärta lat hö höft sedan 1,5 år, strålar ned lat lår. Värre nattetid i sidoliggande, trappor, sitta m benen i kors. Fick kortisoninj av VC-läkare i våras, effekt 6 v. NRS 6.
St: Palp öm trochanter major hö. Smärta vid FADER o enbensstående 30 s hö. Höftled ROM ua. Ländrygg ua.
Bed: Gluteal tendinopati hö.
Åtg: Info om tendinopati, undvika kompression: ej sitta m benen i kors, kudde mellan knäna nattetid, ej stå och hänga på ett ben. Isometrisk abduktion i ryggliggande m rem 5 x 45 s dagl, hemövn.
Plan: Åb 2 v. TENS?
""", why="near-miss: cortisone injection by the GP (other provider); 'TENS?' is a consideration")

note("D72-11-02", "2024-10-21", "Återbesök", ML, "stim home", """
Åb. Sover bättre m kudde. Gör isometrin.
TENS prov lat hö lår/höft, konventionell 100 Hz 30 min – NRS 6 → 3 under beh. Pat vill ha egen apparat. TENS utlånad, instr i användning, elektrodplacering markerad.
Isometri progression hemma: stående abduktion mot vägg 5 x 45 s.
""", why="decision: instruction in using the TENS unit is part of the TENS intervention, not education (1)")

note("D72-11-03", "2024-11-04", "Telefonkontakt", ML, "-", """
Tel. TENS bra nattetid. Fortsätter övn. Inga frågor.
""")

note("D72-11-04", "2024-11-18", "Återbesök", ML, "struct home", """
Åb. NRS 3. Mjukdelsbeh TFL o gluteus med hö 10 min. Progression: sidliggande abduktion, step-up lat 3 x 10. Skrivit nytt hemprogr.
""")

note("D72-11-05", "2024-12-16", "Epikris", ML, "edu stim struct home", """
Epikris. Gluteal tendinopati hö. 3 bes + tel. Info om belastning/kompression, isometrisk o progressiv belastningsträning (hemprogr), TENS (utlånad, återlämnad), mjukdelsbeh. NRS 6 → 2. Sover hela nätter. Avslutas.
""")


# ---------------------------------------------------------------- D72-12  (JA) recurrent low back pain, warehouse worker, gym
note("D72-12-01", "2025-01-08", "Nybesök", JA, "sens weight home", """
Nybesök
• 36 år, lagerarbetare, truckförare. Ländryggssmärta sedan 3 år, återkommande, nu konstant lågintensiv NRS 3–4, toppar 7 efter tunga pass.
• Styrketränar på egen hand 2 ggr/v sedan länge. Vill ha hjälp med upplägg.
• Mål: klara tunga veckor utan att bli liggande, kunna springa 5 km.
Status
• Lumb ROM ua, smärta i ändläge flex. Aktiv SLR: bäckenrotation bilat. Sidoplanka hö 25 s, vä 40 s.
Bedömning
• Återkommande ländryggssmärta, nedsatt lateral bålstabilitet hö.
Åtgärd
• Bålstabilitet: sidoplanka, dead bug, Pallof press – instruerat
• Gymprogram: marklyft skivstång 3 x 6 (60 kg), bulgarisk split squat, rodd, sidoplanka. 2–3 ggr/v på eget gym.
• Informerad om mottagningens avbokningsregler (senast 24 h innan).
Plan
• Träning i sal varannan vecka.
""", why="near-miss: information about the clinic's cancellation rules is not health education (1)")

note("D72-12-02", "2025-01-22", "Träning i sal", JA, "papt weight sens", """
- Roddmaskin 10 min uppvärmning ihop med mig, tempo 24 tag/min
- Marklyft 3 x 6, 70 kg, teknik: höftgång bra, rundar i sista rep – sänkt till 65
- Dead bug 3 x 8, Pallof press 3 x 10/sida
- Bulgarisk split squat 3 x 8, hantlar 10 kg
""")

note("D72-12-03", "2025-02-05", "Träning i sal", JA, "papt weight sens", """
- Roddmaskin 10 min
- Marklyft 3 x 6, 70 kg, bra
- Enbens RDL m KB 3 x 8 – balans/kontroll
- Sidoplanka hö 40 s
Ont NRS 6 efter 12 h skift i lördags, lugnade sig efter 2 dgr.
""")

note("D72-12-04", "2025-02-26", "Telefonkontakt", JA, "-", """
Tel. Pat meddelar att han börjat springa på egen hand 2 ggr/v, 3 km. Inga besvär. Avbokar tiden nästa vecka, vill ha en sista tid i april.
""", why="near-miss: running on his own initiative, no advice")

note("D72-12-05", "2025-04-09", "Epikris", JA, "sens papt weight home", """
Avslut
• Nybesök + 2 pass i sal + tel. Bålstabilitetsträning, roddmaskin ihop med fysioterapeut, individuellt gymprogram med marklyft och split squat att köra på eget gym.
• Sidoplanka hö 25 → 55 s. Springer 5 km. Klarar tunga veckor.
• Fortsätter själv. Avslutas.
""")


# ---------------------------------------------------------------- D72-13  (SEB) widespread pain and stress
note("D72-13-01", "2024-10-03", "Nybesök", SEB, "edu", """
Patienten är en 47-årig kvinna som arbetar som undersköterska på en vårdcentral. Hon har haft värk i rygg, nacke och höfter i ungefär fyra år, med gradvis spridning. Hon var sjukskriven för utmattningssyndrom 2022 och arbetar nu 75 %. Hon beskriver att smärtan ökar under stressiga perioder och att hon har svårt att koppla av; hon ligger ofta vaken och tänker på jobbet. NRS 5–7.
Hon har tidigare gått hos psykolog via företagshälsovården och lärt sig en del om stress, vilket hon tycker hjälpte. Hon går regelbundet i skogen med en väninna på helgerna.
Vid undersökningen har hon hög muskelspänning i skulderpartiet och en andning som sitter högt. Hon står med låsta knän och tyngden bakåt. Rörligheten i övrigt är god.
Jag har gett information om hur stress och smärta samverkar i nervsystemet och om sömnens betydelse. Vi har bestämt att arbeta med avspänning och basal kroppskännedom. Hon har formulerat mål om att kunna sova en hel natt och att orka ta upp sin träning igen.
""", why="near-miss: earlier psychologist (other provider, before programme); forest walks are her own; relaxation and BK only decided on")

note("D72-13-02", "2024-10-10", "Behandling", SEB, "relax home", """
Vi arbetade idag med progressiv avslappning enligt Jacobson i liggande, där hon fick spänna och släppa i olika muskelgrupper med början i fötterna. Hon hade svårt att släppa i axlarna men märkte skillnad efter tredje omgången. Hon fick en inspelning av avslappningen att lyssna på vid sänggåendet.
""", why="decision: a relaxation recording to use at bedtime = regime on her own (home)")

note("D72-13-03", "2024-10-24", "Behandling", SEB, "bbat", """
Basal kroppskännedom i stående: att hitta balansen över fötterna, mjuka knän, och att låta rörelsen gå genom mittlinjen. Hon upplevde att hon stod stadigare och att det var ovant att inte stå med låsta knän. Hon lyssnar på avslappningen de flesta kvällar och somnar snabbare.
""", why="near-miss: listening to the recording is reported continuation -> no (8) in this note")

note("D72-13-04", "2024-11-07", "Behandling", SEB, "act relax paadv", """
Hon kom idag ledsen och berättade att hon fått nya arbetsuppgifter och att allt känns tungt. Vi tog oss tid att prata om vad som är viktigt för henne och vilka av hennes dagliga val som leder henne närmare eller längre bort från det. Hon vill vara en närvarande mamma, och hon saknar sin träning. Vi kom fram till att hon två kvällar i veckan ska gå på ett lugnt yinyogapass, även de kvällar hon känner sig trött, och att hon ska säga till sin chef att hon behöver prioritera. Kort avslutande avslappning i liggande.
""", why="ambiguous: values and committed action (9); the committed action is a physical activity agreed with the physiotherapist, so also coded (3)")

note("D72-13-05", "2024-11-28", "Telefonkontakt", SEB, "paadv", """
Patienten ringer för att flytta sin tid. Hon har gått på yogan varje vecka och mår bättre. Jag föreslår att hon dessutom tar en rask promenad på lunchen de dagar hon arbetar, 20 minuter, och det vill hon prova.
""")

note("D72-13-06", "2025-01-16", "Epikris", SEB, "edu relax home bbat act paadv", """
Epikris
Patienten har träffat mig vid fyra tillfällen och haft en telefonkontakt. Hon har fått information om stress och smärta, progressiv avslappning med inspelning för hemmabruk, basal kroppskännedom och samtal med fokus på värderingar och på hur hon kan välja handlingar som tar henne mot det som är viktigt. Hon har fått råd om lunchpromenader och går på yoga en gång i veckan.
Sömnen har förbättrats och hon arbetar fortsatt 75 %. NRS 4–5. Avslutas.
""")


# ---------------------------------------------------------------- D72-14  (KF) low back pain after disc surgery, salesman
note("D72-14-01", "2024-11-05", "Nybesök", KF, "edu struct", """
Anamnes: 55-årig man, säljare med mycket bilkörning (ca 3 000 mil/år). Opererad för diskbråck L4-L5 vä 2019. Bensmärtan försvann, men ländryggssmärta har funnits kvar och ökat senaste året. Ont efter bilkörning > 1 h, svårt att ta på strumpor och skor på morgonen. Gick hos fysioterapeut i hemkommunen 2020 med McKenzie-övningar, ingen effekt. NRS 5. Ingen bensmärta.
Status: Lumbal flexion fingrar till knäled, smärta. Segmentell rörlighet nedsatt L3-L5 vid PA-tryck, provocerar igenkänd smärta. Aktiv SLR: nedsatt kontroll bilat. Neurologi ua. Ärr ua.
Bedömning: Långvarig ländryggssmärta efter diskbråcksoperation, segmentell hypomobilitet och nedsatt motorisk kontroll.
Åtgärd: Information om att ryggen efter operation tål belastning och rörelse, och om sambandet mellan långvarigt sittande och stelhet. Ergonomi i bilen: ländryggsstöd, paus varje timme. Mobilisering L3-L5 PA grad III.
Planering: Åb 1 v, starta motorisk kontrollträning.
""", why="near-miss: McKenzie exercises 2020 at another physiotherapist (before programme); motor control only planned")

note("D72-14-02", "2024-11-12", "Återbesök", KF, "struct sens home", """
Anamnes: Lite mindre stel efter förra gången. Körde till Göteborg med pauser, gick bättre.
Åtgärd: Mobilisering L3-L5 enl tidigare. Motorisk kontrollträning: dissociation höft–ländrygg i fyrfota (rocking back), höftfällning stående med pinne längs ryggen. Hemprogram med dessa.
Planering: Åb 2 v.
""")

note("D72-14-03", "2024-11-26", "Återbesök", KF, "bbat", """
Anamnes: Gör övningarna morgon och kväll. Strumporna fortfarande svåra.
Åtgärd: Träning av att ta på strumpor och skor: sittande på sängkant med höftfällning i stället för att runda ryggen, alternativt med foten på en pall. Övades upprepade gånger tills det gick smidigt. Därefter i- och urstigning i bil (pats egen bil på parkeringen): sätta sig först, sedan svänga in benen samtidigt.
Planering: Åb 2 v.
""", why="training of specified activities (10): socks/shoes and car transfers practised")

note("D72-14-04", "2024-12-10", "Telefonkontakt", KF, "paadv", """
Pat ringer och undrar om han kan börja spela padel igen, vilket han gjorde före operationen. Råd: börja med 45 min dubbel en gång i veckan och öka därefter, värma upp ordentligt. Uppmuntras också att ta promenader de dagar han kör långt, för att bryta stillasittandet.
""")

note("D72-14-05", "2025-01-07", "Återbesök", KF, "sens home", """
Anamnes: Har spelat padel 3 ggr, stel efteråt men ok. Tar på strumpor utan problem. NRS 3.
Status: Aktiv SLR ua bilat. PA-tryck L4 lätt öm.
Åtgärd: Progression av motorisk kontroll: höftfällning på ett ben, utfall med rotation, enbensstående med rotation av bålen. Hemprogram uppdaterat.
Planering: Åb 3 v.
""")

note("D72-14-06", "2025-01-28", "Återbesök", KF, "struct home", """
Anamnes: Padel 1 ggr/v. Bilkörning 2 h utan att behöva stanna.
Åtgärd: Stretching av höftflexorer och hamstrings, instruerat som hemövning efter bilkörning. Kontroll av hemprogram, bra utförande.
Planering: Avslut.
""", why="ambiguous: 'Kontroll av hemprogram' names no content -> sensorimotor (2) not coded")

note("D72-14-07", "2025-02-04", "Epikris", KF, "edu struct sens bbat paadv home", """
Epikris
Pat har behandlats för långvarig ländryggssmärta efter diskbråcksoperation, 6 kontakter nov 2024 – jan 2025.
Insatser: Information om belastning efter operation och ergonomi vid bilkörning. Ledmobilisering lumbalt. Motorisk kontrollträning. Träning av specifika vardagsaktiviteter (på- och avklädning av strumpor/skor, i- och urstigning i bil). Råd om fysisk aktivitet: padel och promenader. Stretching. Hemprogram.
Resultat: NRS 5 → 2–3. Klarar bilkörning 2 h. Spelar padel. Avslutas.
""")


# ---------------------------------------------------------------- D72-15  (ML) knee osteoarthritis, older man, acupuncture
note("D72-15-01", "2024-09-09", "Nybesök", ML, "edu paadv home struct", """
Nyb. 68 år, pensionerad lantbrukare. Knäsmärta hö sedan 6–7 år, rtg uttalad artros mediala komp. Ej op-aktuell enl ortoped (hjärtsjukd). Går m käpp utomhus. NRS 6. Vill kunna gå till brevlådan (800 m) o sköta trädgården.
St: Ext-defekt 10°, flex 100°. Lätt hydrops. Quadriceps svag, uppresning fr stol m armstöd.
Bed: Gonartros hö.
Åtg: Artrosinfo. FaR: promenader 10 min x 2/dag, öka successivt. Hemövn: quadricepsaktivering i sittande, uppresning fr stol 3x8, stretch av knäböjare i långsittande.
Plan: AKU prov nästa bes. KVÅ QV007 DV002
""", why="FaR (DV002) = PA advice; hamstring stretch prescribed = (4); strength exercises from a chair are not sensorimotor; AKU only planned")

note("D72-15-02", "2024-09-16", "Återbesök", ML, "stim", """
Åb. AKU hö knä 6 nålar (ST35, Xiyan, SP9, ST36, GB34, SP6), 20 min. Ingen biv. Gör övn dagl. Gått 10 min x 2 de flesta dgr.
""")

note("D72-15-03", "2024-09-30", "Återbesök", ML, "stim struct sens home", """
Åb. Bättre efter AKU i 3 dgr. AKU enl ovan. Mob hö knä ext gr IV. Balansövn: stå m fötterna i linje vid diskbänk, 3 x 30 s, läggs till hemprogr.
""")

note("D72-15-04", "2024-10-14", "Återbesök", ML, "stim", """
Åb. AKU enl ovan. Går till brevlådan u käpp. Ext-defekt 5°.
""")

note("D72-15-05", "2024-11-25", "Epikris", ML, "edu paadv home struct sens stim", """
Epikris. Gonartros hö. 4 bes. Insatser: artrosinfo, FaR (promenader), hemprogram (quadriceps, stretch, balans), AKU x3, ledmobilisering. Går till brevlådan o tillbaka u käpp. NRS 6 → 4. Avslutas.
""")


# ---------------------------------------------------------------- D72-16  (ML) groin/hip pain, short course, drop-out
note("D72-16-01", "2025-02-03", "Nybesök", ML, "struct", """
Nyb. 33 år, frisör. Smärta vä ljumske/höft sedan 1 år, debut efter löpning, kvarstår trots vila. Ortoped: MR höft ua, ingen labrumskada. NRS 4, 7 efter långa arbetsdagar stående.
St: Flex vä 110, IR 20 (hö 35). FADIR + vä, igenkänd ljumskvärk. Öm/tight iliopsoas o adduktorer vä. Ländrygg ua.
Bed: Långvarig höftledsnära smärta vä, nedsatt rörlighet, myalgi iliopsoas/adduktorer.
Åtg: Mjukdelsbeh iliopsoas o adduktorer vä, mob höft vä inferior glid gr III–IV.
Plan: Åb 1 v, ev TENS.
""")

note("D72-16-02", "2025-02-10", "Återbesök", ML, "struct", """
Åb. Lättare i 2 dgr. IR vä 25. Beh enl plan. KVÅ DN006 DN009
""", why="decision: only 'Beh enl plan' plus KVÅ codes (DN006 joint mobilisation, DN009 stretching); the codes document the procedures -> (4)")

note("D72-16-03", "2025-02-24", "Telefonkontakt", ML, "-", """
Tel fr pat, uteblir nästa vecka pga vab. Ny tid 10/3.
""")

note("D72-16-04", "2025-03-10", "Telefonkontakt", ML, "-", """
Pat uteblev. Ringt upp, svarar ej. Brev skickat.
""")

note("D72-16-05", "2025-04-14", "Telefonkontakt", ML, "-", """
Pat återkommer per tel, har fått nytt jobb och hinner inte komma. Besvären bättre. Avslutas på egen begäran. Planerad TENS-provning ej genomförd.
""", why="near-miss: planned TENS never done")


# ---------------------------------------------------------------- D72-17  (SEB) knee/hip osteoarthritis, falls, Nordic walking
note("D72-17-01", "2025-03-04", "Nybesök", SEB, "edu", """
Patienten är en 66-årig kvinna, pensionerad lärare, som remitterats för långvarig smärta i båda knäna och höfterna, med känd artros i båda knäna. Hon har också ramlat två gånger det senaste året, utan frakturer, och har blivit rädd för att gå ut när det är halt. Hon går numera bara till affären. Hon har tidigare fått en knäortos som hon inte använder.
Hon går med korta steg och med blicken i marken. Enbensstående klarar hon 3 sekunder på höger och 5 på vänster. Timed Up and Go 13 sekunder.
Jag har informerat om artros, om att rörelse och belastning är bra för lederna och att balans går att träna upp även i hennes ålder. Hon vill kunna gå stavgång med sin syster igen, som de gjorde förr. Vi planerar balansträning och att prova stavgång tillsammans när vårvädret tillåter.
""", why="near-miss: one-leg stance and TUG are tests; earlier knee orthosis; Nordic walking only planned")

note("D72-17-02", "2025-03-11", "Behandling", SEB, "sens home paadv", """
Balansträning i träningssalen: stå med fötterna ihop och i gångställning, tyngdöverföring, gång längs en linje, gå över låga hinder och vända. Hon fick tre av övningarna att göra hemma vid köksbänken varje dag. Vi pratade också om promenader, och jag uppmuntrade henne att gå ut de dagar när det inte är halt, gärna med broddar.
""")

note("D72-17-03", "2025-03-25", "Behandling", SEB, "bbat", """
Basal kroppskännedom i stående och gående, med fokus på kontakten med underlaget och att låta blicken vara framåt. Hon tyckte att det var annorlunda mot vanlig träning men kände sig stadigare efteråt. Balansövningarna från förra gången gör hon dagligen.
""")

note("D72-17-04", "2025-04-08", "Behandling", SEB, "papt paadv", """
Idag gick vi ut med stavar, cirka 25 minuter i parken intill mottagningen. Jag instruerade stavgångsteknik och vi gick i hennes takt. Hon var andfådd i uppförsbackarna men hade inte ont i knäna. Vi kom överens om att hon går med sin syster en gång i veckan framöver och ökar sträckan successivt.
""")

note("D72-17-05", "2025-04-29", "Behandling", SEB, "papt sens", """
Stavgång tillsammans 30 minuter med några kortare sträckor i raskare tempo. Därefter balansövningar på ojämnt underlag utomhus, på gräs och grus. Hon har gått med sin syster två gånger.
""")

note("D72-17-06", "2025-06-03", "Epikris", SEB, "edu sens home bbat papt paadv", """
Epikris
Patienten har träffat mig vid fem tillfällen under våren. Hon har fått information om artros och fallrisk, balansträning med hemprogram, basal kroppskännedom, handledd stavgång samt råd om promenader och stavgång på egen hand. Enbensstående 3 → 10 sekunder på höger, TUG 13 → 9,5 sekunder. Inga nya fall. Hon går stavgång med sin syster varje vecka. Avslutas.
""")


# ---------------------------------------------------------------- D72-18  (KF) pelvic girdle pain after pregnancy
note("D72-18-01", "2025-01-13", "Nybesök", KF, "edu relax sens home", """
Anamnes: 35-årig kvinna, förskollärare, föräldraledig. Bäckensmärta sedan graviditeten för 2 år sedan, över symfysen och bakre bäckenet bilat. Värre vid trappgång, att vända sig i sängen och att bära barnet på höften. Fick ett bäckenbälte av barnmorskan under graviditeten, använder det ibland. NRS 5. Inkontinens ua.
Status: ASLR 3 + 3 (0–5) bilat, förbättras med kompression. P4-test + bilat. Palpationsöm symfys. Andas högt, spänd buk.
Bedömning: Långvarig bäckensmärta post partum med nedsatt belastningsöverföring över bäckenet.
Åtgärd: Information om bäckensmärta, att det är vanligt och går att träna bort, samt råd om att bära barnet framför kroppen i stället för på höften. Instruktion i avslappnad bukandning för att släppa spänningen i buken, därefter aktivering av bäckenbotten och djupa bukmuskler i utandning. Hemprogram.
Planering: Åb 2 v.
""", why="near-miss: pelvic belt from the midwife = other provider, before programme")

note("D72-18-02", "2025-01-27", "Återbesök", KF, "sens struct", """
Anamnes: Gör övningarna 1 ggr/dag. Lättare att vända sig i sängen.
Status: ASLR 2 + 2.
Åtgärd: Progression: bäckenlyft med boll mellan knäna, sidoliggande benlyft med kontroll av bäckenet. Mjukdelsbehandling gluteus och piriformis bilat.
Planering: Åb 3 v.
""")

note("D72-18-03", "2025-02-10", "Telefonkontakt", KF, "paadv edu", """
Pat ringer och frågar om hon kan gå på mammaträning med barnvagn som en vän tipsat om. Svarar att det går bra att prova, men att hon i nuläget bör undvika hopp och kan hoppa över övningar som provocerar symfysen.
""", why="advice that the pram-walking class is fine (3) with activity modification (1)")

note("D72-18-04", "2025-03-03", "Återbesök", KF, "sens home", """
Anamnes: Går på barnvagnsträning 1 ggr/v, mår bra av det. Kan bära barnet längre stunder.
Status: ASLR 1 + 1. P4 neg vä, svagt + hö.
Åtgärd: Stabilitetsträning i stående: utfallssteg, enbensstående med rotation, trappgång med fokus på bäckenkontroll. Hemprogrammet uppdaterat.
Planering: Åb 4 v.
""")

note("D72-18-05", "2025-04-07", "Återbesök", KF, "edu struct", """
Anamnes: Nästan besvärsfri i vardagen, ont vid långa promenader > 1 h. Börjar arbeta igen i augusti.
Åtgärd: Genomgång av lyft- och arbetsställningar inför förskolearbetet: lyfta barn från golv, sitta på låga stolar. Tejpning över SI-leden hö provad under gång i korridoren, ingen skillnad, ej fortsatt.
Planering: Telefonuppföljning i juni.
""", why="ambiguous: 'genomgång' of lifting/working postures read as ergonomics education (1), not practice (10); taping was delivered once (4) although not continued")

note("D72-18-06", "2025-06-10", "Telefonkontakt", KF, "-", """
Telefonuppföljning. Pat mår bra, går långa promenader utan besvär. Gör övningarna ibland. Avslutas.
""")


# ---------------------------------------------------------------- D72-19  (JA) patellar tendinopathy, police officer, return to running
note("D72-19-01", "2025-02-11", "Nybesök", JA, "edu weight home", """
Nybesök
• 41 år, polis. Smärta under hö knäskål sedan 14 mån. Debut efter ökad löpmängd inför halvmara. Springer inte alls nu. Cyklar till jobbet.
• Ont vid hopp, trappor, efter långsittande. VISA-P 52.
• Mål: springa 10 km i lugnt tempo, klara fystest i jobbet.
Status
• Öm nedre patellapolen hö. Enbensknäböj smärta 4/10 vid 60°. Decline squat 5/10.
• Hopptest enbens: 70 % av vä.
Bedömning
• Patellartendinopati hö.
Åtgärd
• Info om tendinopati och belastningshantering, smärtmonitorering 0–10, ok upp till 4.
• Isometrisk knäextension i maskin 5 x 45 s, 70 % – smärta 5 → 2 efter.
• Jobbgymmet: samma isometri dagl + tung långsam benpress 3 x 15, 3 ggr/v.
Plan
• Åb 2 v.
""", why="near-miss: hop test is a test; cycling to work is his own activity")

note("D72-19-02", "2025-02-25", "Träning i sal", JA, "papt weight sens", """
- Cykel 10 min tillsammans
- Isometri knäext 5 x 45 s
- Benpress tung långsam 4 x 12, 80 kg
- Decline squat på snedbräda 3 x 15 långsamt
- Landningsövningar: tvåbens-drop, fokus på mjuk landning och knäkontroll
Smärta max 3 under passet.
""")

note("D72-19-03", "2025-03-11", "Träning i sal", JA, "papt weight paadv", """
- Löpband: gång 5 min, sedan intervaller 1 min jogg / 1 min gång x 6, tillsammans – smärta 2/10
- Benpress 4 x 10, 90 kg
- Knäext enbens 3 x 10
- Löpplan start: jogg/gång 2 ggr/v enl dagens upplägg, öka 1 min jogg/vecka om smärtan dagen efter ≤ 3
""", why="decision: a running plan is physical activity advice (3), not home_exercise")

note("D72-19-04", "2025-04-01", "Telefonkontakt", JA, "paadv", """
Tel. Joggat 2 ggr/v, nu 4 min jogg/1 min gång x 5. Lite ömt i början, bättre efter 10 min. Råd: ok att öka enligt plan. Lägg löppassen dagen efter gymmet, inte samma dag.
""")

note("D72-19-05", "2025-04-22", "Träning i sal", JA, "papt sens weight home", """
- Löpband 15 min sammanhängande jogg tillsammans, 9 km/h, smärta 1
- Hoppövningar: enbenshopp framåt, sidohopp – kontroll bra
- Gymprogram uppdaterat: bulgarisk split squat 3 x 8 m hantlar 14 kg, benpress 100 kg
VISA-P 78.
""")

note("D72-19-06", "2025-06-17", "Epikris", JA, "edu weight sens papt paadv", """
Epikris
• Patellartendinopati hö, 5 kontakter feb–apr.
• Insatser: tendinopatiinformation, isometrisk o tung långsam styrketräning i gym, landnings- och hoppträning, handledd löpning på band, gradvis löpprogram.
• VISA-P 52 → 86. Springer 8 km. Klarade fystest i maj.
• Avslutas.
""", why="gym strength training listed without saying it was done on his own -> home not coded in this note")


# ---------------------------------------------------------------- D72-20  (ML) older woman, widespread pain, TENS
note("D72-20-01", "2025-01-20", "Nybesök", ML, "stim", """
Nyb. 78-årig kvinna, bor ensam i lgh m hiss. Värk i rygg, axlar, höfter sedan många år, ”har alltid haft ont”. Osteoporos, kotkompression Th12 2021. Går m rollator ute. NRS 6. Alvedon 1 g x 3. Hemtjänst 1 ggr/v (städ).
Vill kunna gå till kyrkan (600 m).
St: Kyfotisk hållning. Går säkert m rollator. Ryggrörlighet nedsatt alla riktn. Generellt palpöm.
Bed: Långvarig generaliserad smärta, osteoporos.
Åtg: TENS prov thorakolumbalt, 2 kanaler, konventionell 80 Hz 30 min, NRS 6 → 4.
Plan: TENS-utlån nästa gång om fortsatt effekt.
""")

note("D72-20-02", "2025-01-27", "Återbesök", ML, "stim paadv", """
Åb. TENS gav lindring några tim. TENS-apparat utlånad, dottern med och lär sig sätta elektroderna. Råd: ta en promenad m rollator varje dag när det är som minst ont, t ex direkt efter TENS.
""", why="teaching the daughter electrode placement is part of TENS, not education (1)")

note("D72-20-03", "2025-02-24", "Telefonkontakt", ML, "-", """
Tel m dottern. Använder TENS 2–3 ggr/dag. Går ut varje dag ca 10 min. Har ramlat inomhus i helgen, ej slagit sig. Dottern har kontaktat hemtjänsten ang trygghetslarm.
""", why="near-miss: TENS use and daily walks are reported; home care service is another provider")

note("D72-20-04", "2025-03-10", "Återbesök", ML, "-", """
Åb. Fallet gått bra. Har gått till kyrkan m rollator 1 gång m vila på bänk. TENS fortsatt bra. Balansövn diskuterade men pat avböjer, orkar inte fler ”gympaövningar”.
""", why="near-miss: balance exercises declined -> no (2), no home")

note("D72-20-05", "2025-04-14", "Epikris", ML, "stim paadv", """
Epikris. Långvarig generaliserad smärta. 3 bes + 1 tel. TENS m god effekt, har köpt egen apparat via apotek. Råd om dagliga promenader m rollator. Går till kyrkan. Avslutas.
""")

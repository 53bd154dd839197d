# -*- coding: utf-8 -*-
"""Swedish notes, patients D71-01 .. D71-10 (hand-written, fictional).

Each note: N(note_id, date, note_type, author, text, codes).
codes is a space-separated list of keys: c01..c10 and home ("" = nothing coded).
Comments after a note explain near-misses and coding decisions.
"""
from common import N, KL, JB, AH, PN

PATIENTS_A = []

# ---------------------------------------------------------------------------
# D71-01  Karin Lindqvist (Lund), BetterBack standard course, LBP
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-01", [
N("D71-01-01", "2023-09-04", "Nybesök", KL, """
Anamnes: 45-årig kvinna, undersköterska på äldreboende. Ländryggssmärta sedan ca 4 mån, debut i samband med förflyttning av brukare. Ingen utstrålning nedom knä. Inga röda flaggor (ua avseende blåsa/tarm, ridbyxeanestesi, feber, viktnedgång). Sjukskriven 50 % sedan 3 v. Sover ok. Promenerar med hunden dagligen men kortare sträckor än tidigare. Tar Alvedon vid behov.
Skattningar: NRS 6/10 senaste veckan, ODI 34 %, STarT Back 4 p (medelrisk).
Status: Går ua. Står med ökad lordos. Flexion fingrar-golv 25 cm, smärta lumbalt vid återgång. Ext ua. SLR neg bil. Neurologi ua (reflexer, sensibilitet, kraft L4-S1). Nedsatt lumbopelvin kontroll vid framåtböjning i stående och vid sittande knäextension. Ömhet paravertebralt L4-S1 bil.
Bedömning: Ländryggssmärta med nedsatt rörelsekontroll (M54.5). God prognos.
Åtgärd: Information om ländryggssmärta, naturalförlopp och god prognos, genomgång av BetterBack-broschyren. Instruerad i grundläggande övningar för bålkontroll i ryggliggande (bäckentippning, aktivering av djupa bukmuskler med bibehållen andning) samt i sittande. Hemprogram på papper, 1–2 ggr/dag.
Planering: ÅB om 2 v. Mål: klara heltidsarbete inom 8 v och gå med hunden 45 min.
""", "c01 c02 home"),
# own dog walking = patient's activity, not c03; goals routine, not c09

N("D71-01-02", "2023-09-18", "Återbesök", KL, """
Anamnes: Gör övningarna dagligen, upplever att hon lättare "hittar" magmusklerna. Fortfarande ont efter arbetspass, NRS 5.
Status: Bättre kontroll av bäckenet i ryggliggande. Fortsatt svårt att dissociera höft från ländrygg vid framåtböjning.
Åtgärd: Progression av kontrollövningar: höftfällning med käpp längs ryggen, sittande till stående med neutral rygg, fyrfota med armlyft. Kontrollerat utförande, feedback i spegel. Hemprogrammet uppdaterat. Ergonomisk genomgång av förflyttningsmomenten på arbetet – hur hon kan använda benen och glidlakan.
Planering: ÅB 2 v.
""", "c01 c02 home"),
# ergonomic review was talk, not practised -> c01, not c10

N("D71-01-03", "2023-10-02", "Telefonkontakt", KL, """
Pat ringer. Har haft en tuff vecka med många tunga förflyttningar på jobbet, ökad värk i ländryggen. Inga nya symtom, ingen utstrålning. Råd att fortsätta promenaderna med hunden dagligen även om det gör ont, hellre kortare och oftare. Övningarna kan hon minska till en gång/dag under veckan i stället för att hoppa över dem. Bekräftar besökstid 9/10.
""", "c03 home"),

N("D71-01-04", "2023-10-09", "Återbesök", KL, """
Anamnes: Bättre efter en lugnare arbetsvecka. NRS 3–4. Arbetar nu 75 %.
Status: Flexion fingrar-golv 10 cm. Utför höftfällning med god kontroll, viss kompensation i slutet av rörelsen vid trötthet. Fortsatt ömhet och stelhet thorakolumbalt.
Åtgärd: Segmentell mobilisering PA grad III Th11-L2, därefter stretching av höftflexorer bil. Kontrollträning i stående: utfallssteg med bibehållen bäckenposition, knäböj utan vikt med neutral rygg.
Planering: ÅB 3 v.
""", "c02 c04"),

N("D71-01-05", "2023-10-30", "Återbesök", KL, """
Anamnes: Arbetar heltid sedan en vecka. Klarar 45 min promenad med hunden. Enstaka dagar med värk efter kvällspass.
Status: Fingrar-golv 5 cm, smärtfri. God lumbopelvin kontroll i samtliga testade övningar.
Åtgärd: Genomgång av hemprogrammet inför avslut – reducerat till 4 övningar, 3 ggr/v. Diskuterat hur hon kan hantera framtida skov: anpassa aktivitetsnivån några dagar och gå tillbaka till grundövningarna.
Planering: Avslut. Epikris skrivs.
""", "c01 home"),
# "testade övningar" in Status = test, not sensorimotor training

N("D71-01-06", "2023-10-31", "Epikris", KL, """
Epikris fysioterapi
Diagnos: M54.5 Lumbago – ländryggssmärta med nedsatt rörelsekontroll.
Period: 2023-09-04 – 2023-10-30, 4 besök + 1 telefonkontakt.
Behandling enligt BetterBack del 1: individuell information om ländryggssmärta och prognos samt broschyr, motorisk kontrollträning för bål och bäcken, segmentell mobilisering thorakolumbalt och stretching av höftflexorer, råd om fortsatt daglig promenad, individuellt hemträningsprogram. TENS bedömdes ej aktuellt.
Resultat: NRS 6 → 2, ODI 34 % → 12 %. Åter i heltidsarbete.
KVÅ: QV007, QG004, DN006, DN009, QV011.
Pat avslutas och kan vid behov söka på nytt.
""", "c01 c02 c03 c04 home"),
# "TENS bedömdes ej aktuellt" = negated -> c05 = 0
]))

# ---------------------------------------------------------------------------
# D71-02  Karin Lindqvist (Lund), LBP with fear of bending, graded exposure
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-02", [
N("D71-02-01", "2023-08-21", "Nybesök", KL, """
Anamnes: 38-årig man, truckförare/lagerarbetare. Ländryggssmärta sedan februari med refererad smärta till vä lår baktill, ej nedom knä. Var hemma 2 v i våras, nu heltid men undviker att lyfta och böja sig. "Jag är rädd att disken ska gå sönder." MR ländrygg från VC visar diskbuktning L5-S1 utan nervrotspåverkan. Har tidigare gått hos naprapat utan effekt. Inga röda flaggor.
Skattningar: NRS 5, ODI 30 %, STarT Back 6 p (hög risk), TSK-11 34 p.
Status: Stel och försiktig vid framåtböjning, håller andan. Fingrar-golv 35 cm. Ext och lateralflexion ua. SLR neg. Neurologi ua. Ingen centralisering/periferalisering vid upprepade rörelser.
Bedömning: Ländryggssmärta med refererad smärta och tydlig rörelserädsla/undvikande (M54.5). Psykosociala faktorer bedöms påverka prognosen.
Åtgärd: Information om att MR-fyndet har svagt samband med smärta, om ryggens robusthet och att ont inte är detsamma som skada. BetterBack-broschyr.
Planering: ÅB 1 v, börja gradvis träning av framåtböjning.
""", "c01"),
# naprapat = earlier/other provider; TSK-11 = test; plan for graded training not yet done

N("D71-02-02", "2023-08-28", "Återbesök", KL, """
Anamnes: Har läst broschyren och "tänkt mycket". Fortfarande orolig för att böja sig.
Åtgärd: Samtal om vad rädslan har fått honom att avstå från – leka med barnen på golvet, fiska med brodern. Vi har lagt upp en trappa av rörelser han undviker, från minst till mest skrämmande. Började med graderad exponering för framåtböjning i sittande och stående med händerna längs låren, 3 x 10, utan att hålla andan. Förväntad smärta 7, upplevd 3. Motorisk kontroll: höftfällning mot vägg.
Hemövningar: framåtböjning i sittande 3 x 10 morgon och kväll, höftfällning 2 x 10.
Planering: ÅB 1 v.
""", "c02 c09 home"),

N("D71-02-03", "2023-09-04", "Återbesök", KL, """
Anamnes: Gjort övningarna varje dag. Har plockat upp leksaker från golvet hemma "utan att tänka på det".
Status: Fingrar-golv 20 cm, mjukare rörelse.
Åtgärd: Nästa steg i exponeringstrappan: lyft av tom back från golvet, därefter back med 5 kg. Förväntad smärta 6, upplevd 2. Bålkontroll i fyrfota och planka på knä.
Planering: ÅB 1 v. Uppgradera hemprogrammet nästa gång.
""", "c02 c09"),
# lifting a crate framed as an exposure step -> c09 (not c10, see README); home upgrade only planned

N("D71-02-04", "2023-09-11", "Återbesök", KL, """
Anamnes: Har varit och fiskat i helgen, satt i båten 3 tim, ok efteråt. NRS 3.
Åtgärd: Hemprogrammet uppgraderat: marklyft med kettlebell 8 kg 3 x 8, sidoplanka 3 x 20 s, utfallssteg 3 x 10. Råd att börja cykla till jobbet igen (6 km enkel väg) någon dag i veckan – han har avstått sedan i våras av rädsla för att "skaka" ryggen.
Planering: ÅB 2 v, då arbetsmoment.
""", "c02 c03 c07 home"),

N("D71-02-05", "2023-09-25", "Återbesök", KL, """
Anamnes: Cyklat till jobbet två dagar/v. Fortfarande lite obehag vid lyft av tunga kartonger på lagret, framför allt från låga pallar.
Åtgärd: Träning av specifika arbetsmoment: lyft av kartong (12 kg) från låg pall till rullbord, vridning med fötterna i stället för i ryggen, bära kartong 10 m. Upprepat 3 varv med gradvis ökad vikt. Pat beskriver att han "vågar mer" nu. Samtal om vad som är viktigt för honom framåt – att vara en aktiv pappa och orka fiskeresorna – och vilka konkreta steg han tar nästa månad.
Planering: ÅB 3 v, ev avslut.
""", "c09 c10"),

N("D71-02-06", "2023-10-16", "Telefonkontakt", KL, """
Tel med pat. Mår bra, NRS 1–2. Arbetar fullt utan begränsningar. Cyklar 3 dagar/v. Vill avsluta. Epikris skrivs.
""", ""),
# only reports his own cycling

N("D71-02-07", "2023-10-17", "Epikris", KL, """
Epikris
Pat har under perioden 2023-08-21 – 2023-10-16 haft 5 besök och 1 telefonkontakt för ländryggssmärta med refererad smärta och uttalad rörelserädsla.
Insatser: information om ryggens fysiologi och smärta, graderad exponering för undvikna rörelser (framåtböjning, lyft), motorisk kontrollträning, träning av specifika arbetsmoment (lyft/bär på lagret), råd om cykling till arbetet, hemträningsprogram inkl. kettlebellövningar.
Utfall: NRS 5 → 1, ODI 30 % → 8 %, TSK-11 34 → 22.
KVÅ: QV007, QG004, QV011.
""", "c01 c02 c03 c07 c09 c10 home"),
]))

# ---------------------------------------------------------------------------
# D71-03  Johan Bergström (Eslöv), terse, LBP segmental stiffness
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-03", [
N("D71-03-01", "2023-10-03", "Nybesök", JB, """
NB. 61 år, pens. snickare. LBP sed ca 6 mån, inget trauma. Morgonstelhet ~30 min. Ingen utstr. Inga RF. Tid. provat akupunktur hos priv. sjukgymn 2022 – "hjälpte lite".
NRS 6. ODI 28 %.
Status: Gång ua. Flex red 1/2, ext smärtsam lumbalt. SLR neg bil. Neurol ua. Palp öm L3-L5 bil. Hypomobil PA L3-L4-L5.
Bed: LBP m segmentell rörlighetsnedsättn (M54.5, M99.0).
Beh: Info om diagnos. Mob PA gr III-IV L3-L5. Hemövn: katt/ko, bålrotation i ryggliggande.
Plan: ÅB 1 v.
""", "c01 c04 home"),
# earlier acupuncture elsewhere = not coded; mobility home ex -> home only

N("D71-03-02", "2023-10-10", "Återbesök", JB, """
ÅB. Något bättre, morgonstelhet kortare.
Beh: Uppv motionscykel 10 min ledd, därefter stab.övn på matta: dead bug, fyrfota m diag arm/ben, bäckenlyft. Mob L3-L5 gr III.
Plan: ÅB 1 v. Lägga till stab.övn i hemprogr nästa gång.
""", "c02 c04 c06"),
# adding to home programme only planned -> home 0

N("D71-03-03", "2023-10-17", "Återbesök", JB, """
ÅB. NRS 4. Sover bättre.
Beh: Cykel 10 min. Stab.övn – progr m pilatesboll. Hemprogr kompletterat m dead bug + bäckenlyft 3x10 dgl.
TENS provat på mott., 2 el. lumbalt, konv. TENS 80 Hz 20 min → NRS 4→2. Lånar apparat hem, instr i användn.
Plan: ÅB 2 v.
""", "c02 c05 c06 home"),

N("D71-03-04", "2023-10-31", "Återbesök", JB, """
ÅB. Använder TENS 2–3 ggr/dag m god effekt. NRS 3. Gör hemövn.
Beh: Cykel 15 min, ökat motstånd. Stab i stående m gummiband (Pallof press). Mob ej indicerad idag, rörlig.
Plan: Tel.kontakt 3 v.
""", "c02 c06"),
# TENS use only reported; "Mob ej indicerad" negated

N("D71-03-05", "2023-11-21", "Telefonkontakt", JB, """
Tel. Bra, NRS 2. Återlämnat TENS i recep. Vill avsluta. Inf. att han kan höra av sig vid nya besvär.
""", ""),
# administrative information only -> not c01

N("D71-03-06", "2023-11-22", "Epikris", JB, """
Epikris. 61 år man m LBP, segmentell rörlighetsnedsättn. 4 besök + 1 tel 231003–231121. Beh: mobilisering, stabiliseringsträning, uppvärmning på motionscykel under besöken, TENS (lån), hemprogram. NRS 6→2, ODI 28→10 %. Avslutas.
""", "c02 c04 c05 c06 home"),
]))

# ---------------------------------------------------------------------------
# D71-04  Amira Haddad (Lund), dictated prose, neck pain + stress, BBAT
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-04", [
N("D71-04-01", "2023-09-12", "Nybesök", AH, """
Patienten är en 34-årig kvinna som arbetar som gymnasielärare. Hon söker för nacksmärta sedan drygt ett år, med spänningshuvudvärk två till tre gånger i veckan. Besvären förvärras under perioder med hög arbetsbelastning och hon beskriver att hon "spänner sig hela tiden". Hon sover oroligt. Hon har tidigare fått massage och laser hos naprapat utan bestående effekt. Inga tecken på allvarlig patologi, inga neurologiska symtom i armarna.

Vid undersökningen står hon med höga axlar och ytlig bröstandning. Aktiv rörlighet i nacken är fri men smärtsam i ytterlägen åt båda håll. Palpationsöm över övre trapezius och suboccipitalt bilateralt. Neurologstatus u.a. NDI 18/50, NRS 5.

Bedömningen är långvarig nacksmärta utan neurologisk påverkan med tydlig stresskomponent (M54.2).

Vi har pratat om hur stress och muskelspänning kan samverka med smärta och om nervsystemets skyddsfunktion. Hon får en enkel andningsövning med fokus på lugn bukandning, som vi provade tillsammans i liggande, att göra två gånger dagligen hemma. Återbesök om en vecka, då vi planerar att påbörja basal kroppskännedom.
""", "c01 c08 home"),
# massage/laser by naprapat earlier = not c04; BBAT only planned

N("D71-04-02", "2023-09-19", "Återbesök", AH, """
Patienten har gjort andningsövningen de flesta dagar och tycker att det är lättare att somna. Idag introducerades basal kroppskännedom: vi arbetade i stående med att hitta balansen över fotsulorna och mittlinjen, med små följsamma rörelser, och sedan i sittande med fokus på kontakten med underlaget och hur andningen får röra sig fritt. Hon beskriver att hon märker hur mycket hon spänner axlarna och att det "släpper lite" när hon uppmärksammar det. Vi valde ut två av rörelserna som hon ska göra hemma varje morgon. Återbesök om en vecka.
""", "c10 home"),
# breathing awareness inside BBAT -> c10 only (see README)

N("D71-04-03", "2023-09-26", "Återbesök", AH, """
Fortsatt arbete med basal kroppskännedom, liggande, sittande och gående, nu också med relationsrörelser. Patienten har lättare att hitta stabiliteten och rörelserna ser friare ut. Huvudvärken har minskat till en gång i veckan. Hon tar själv upp att hon har svårt att säga nej till extrauppdrag på jobbet och att hon har slutat sjunga i kör, som tidigare var en stor glädjekälla, eftersom hon "inte hinner". Vi pratade om vad som är viktigt för henne och om hon kan ta små steg i riktning mot det, även om spänningen och värken finns med. Hon bestämde sig för att gå på körövningen en gång innan nästa besök.
""", "c09 c10"),

N("D71-04-04", "2023-10-10", "Återbesök", AH, """
Patienten har varit på körövning två gånger och beskriver det som "en lättnad". Hon har haft en tung period med betygsättning och huvudvärk tre dagar. Vi gick igenom progressiv avslappning enligt Jacobson i kortversion, ungefär femton minuter på brits, som hon upplevde som behaglig. Hon får en inspelning att använda hemma på kvällarna. Basal kroppskännedom i stående som avslutning.
""", "c08 c10 home"),

N("D71-04-05", "2023-10-31", "Telefonkontakt", AH, """
Telefonsamtal med patienten enligt överenskommelse. Hon lyssnar på avslappningsinspelningen några kvällar i veckan och gör morgonrörelserna. Nacksmärtan är lindrig, NRS 2, huvudvärk sällan. Hon har på egen hand börjat med yoga en gång i veckan. Hon önskar avsluta kontakten och vi bestämde att hon hör av sig om det försämras.
""", ""),
# reports only; yoga is her own activity

N("D71-04-06", "2023-11-01", "Epikris", AH, """
Epikris. Patienten har haft fyra besök och en telefonkontakt mellan 12 september och 31 oktober för långvarig nacksmärta med spänningshuvudvärk och stresskomponent. Behandlingen har bestått av information om smärta och stress, andningsövningar och progressiv avslappning, basal kroppskännedom samt samtal med utgångspunkt i hennes värderingar för att hitta tillbaka till meningsfulla aktiviteter. Hon har haft ett hemprogram med rörelser och avslappning. NDI 18 → 7, NRS 5 → 2. Avslutas.
""", "c01 c08 c09 c10 home"),
]))

# ---------------------------------------------------------------------------
# D71-05  Per Nilsson (Eslöv), bullet lists, LBP, gym
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-05", [
N("D71-05-01", "2024-01-15", "Nybesök", PN, """
Nybesök
- 29 år, elektriker. LBP sedan okt efter lyft av kabeltrumma. Ingen utstrålning. Inga RF.
- Tränade gym 3 ggr/v före skadan, nu uppehåll pga rädsla att förvärra.
- NRS 4, ODI 22 %, STarT Back 2 (låg risk).
- Status: full rörlighet, smärta vid flex i ytterläge. Nedsatt kontroll vid enbensstående och vid knäböj (lumbal flexion). SLR neg, neuro ua.
- Bedömning: LBP m nedsatt rörelsekontroll, god prognos.
- Åtgärd: info om ryggens belastningstålighet och att gradvis återgång till gymträningen är bra. Motorisk kontroll: höftfällning, knäböj mot stol, enbensstående m bäckenkontroll – instruerat och utfört.
- Hemprogram: ovanstående 3 x 10 dagligen.
- Plan: ÅB 2 v, lägga upp gymprogram.
""", "c01 c02 c03 home"),
# "gradvis återgång till gymträningen är bra" = advice about his own physical activity -> c03 (README);
# gym before injury = own activity; gym programme only planned here

N("D71-05-02", "2024-01-29", "Återbesök", PN, """
Återbesök
- Gjort övningarna, bättre kontroll. NRS 2–3.
- Gemensamt pass i träningssalen: marklyft m skivstång 40 kg, knäböj m hantlar, latsdrag, ryggresningar. Teknikgenomgång, individuella belastningar.
- Utskrivet gymprogram att köra 2 ggr/v på hans gym (Friskis Eslöv).
- Råd: promenera eller cykla de dagar han inte gymmar.
- Plan: ÅB 3 v.
""", "c03 c07 home"),
# weights together in the gym = c07, not c06 (c06 is guided aerobic activity)

N("D71-05-03", "2024-02-19", "Återbesök", PN, """
Återbesök
- Gymmat 2 ggr/v. Marklyft 60 kg utan besvär. Enstaka stelhet dagen efter.
- Progression av gymprogrammet: ökad belastning i marklyft och knäböj, tillägg enbens-RDL m hantel 3 x 8.
- Plan: tel om 4 v.
""", "c07 home"),

N("D71-05-04", "2024-03-18", "Telefonkontakt", PN, """
Telefon
- Pat mår bra, NRS 0–1. Tränar på gym 2–3 ggr/v enligt programmet.
- Vill avsluta.
- Avslutas, epikris skrivs.
""", ""),

N("D71-05-05", "2024-03-19", "Epikris", PN, """
Epikris
- Period 240115–240318: 3 besök, 1 tel.
- Diagnos M54.5.
- Insatser: information om ryggbesvär och belastning (QV007), motorisk kontrollträning (QG004), individuellt gymprogram/styrketräning (QG003), råd om promenader/cykling, hemträning.
- Resultat: NRS 4→0–1, ODI 22→4 %.
- Avslutas.
""", "c01 c02 c03 c07 home"),
]))

# ---------------------------------------------------------------------------
# D71-06  Karin Lindqvist (Lund), subacromial shoulder pain
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-06", [
N("D71-06-01", "2024-02-05", "Nybesök", KL, """
Anamnes: 52-årig kvinna, frisör. Smärta hö axel sedan 5 mån, gradvis debut. Värk vid armlyft och nattetid vid liggande på hö sida. Kortisoninjektion hos VC-läkare i december med effekt i 3 v. Inga nackbesvär, inga domningar.
Status: Akt flexion 150° med smärtsam båge 80–120°, abd 140° smärtsam. Passiv rörlighet full. Utåtrotation mot motstånd smärtsam, kraft 4/5. Hawkins-Kennedy pos, Neer pos. Drop arm neg. Skapula: nedsatt uppåtrotation hö.
Bedömning: Subakromiell smärta hö (M75.4).
Åtgärd: Information om tillståndet och belastningens betydelse; smärtan vid träning får vara upp till 5/10 och ska ha klingat av till nästa dag. Avlastande arbetsställningar vid klippning (stolshöjd, armbågen nära kroppen). Hemövning: utåtrotation med gummiband 3 x 15 dagligen.
Planering: ÅB 2 v.
""", "c01 c07 home"),
# band ER dosed for strength -> c07 (equipment); injection by GP = other provider

N("D71-06-02", "2024-02-19", "Återbesök", KL, """
Anamnes: Gör bandövningen, tycker att den går lättare. Nattvärk oförändrad.
Status: Smärtsam båge kvarstår.
Åtgärd: Akupunktur: LI15, SI9, TE14 hö samt LI4 bil, 20 min, deqi erhölls. Tålde behandlingen bra. Hemprogrammet progredierat: utåtrotation med tyngre band, tillägg scaption med hantel 1 kg 3 x 12.
Planering: ÅB 1 v, upprepa akupunktur.
""", "c05 c07 home"),

N("D71-06-03", "2024-02-26", "Återbesök", KL, """
Anamnes: Sovit bättre 3 nätter efter akupunkturen.
Åtgärd: Akupunktur som föregående, 20 min. Tejpning hö skuldra för skapulär uppåtrotation (kinesiotejp), pat får ha tejpen 3 dagar och känna efter vid arbete.
Planering: ÅB 2 v.
""", "c04 c05"),

N("D71-06-04", "2024-03-11", "Återbesök", KL, """
Anamnes: Tejpen kändes stödjande i arbetet. Nattvärk 1–2 nätter/v. NRS 3.
Status: Smärtsam båge 100–120°, kraft utåtrotation 4+/5.
Åtgärd: Akupunktur görs ej idag och avslutas efter två behandlingar, pat upplever att effekten avtagit. Styrketräning i träningssalen: kabeldrag utåtrotation, sittande rodd, axelpress med lätta hantlar, individuella vikter noterade i programmet. Pat kör programmet på Actic där hon har kort.
Planering: ÅB 3 v.
""", "c07 home"),
# acupuncture not done today -> c05 0; taping only reported

N("D71-06-05", "2024-04-02", "Återbesök", KL, """
Anamnes: Tränar på gym 2 ggr/v. Klipper heldagar utan att behöva ta paus. Ingen nattvärk senaste 2 v.
Status: Ingen smärtsam båge. Full kraft.
Åtgärd: Gått igenom hur hon själv ökar vikterna i gymprogrammet (när 3 x 12 går lätt, öka 1–2 kg). Avslut.
""", "c07 home"),

N("D71-06-06", "2024-04-03", "Epikris", KL, """
Epikris
Subakromiell smärta hö axel. 5 besök 2024-02-05 – 2024-04-02.
Behandling: information om belastning och smärta samt arbetsergonomi, akupunktur x 2, kinesiotejp, progressiv styrketräning för rotatorkuff och skapula, först med gummiband hemma och sedan i gym.
KVÅ: QV007, DA001, DN003, QG003, QV011.
Resultat: NRS 6 → 1. Arbetar fullt. Avslutas.
""", "c01 c04 c05 c07 home"),
]))

# ---------------------------------------------------------------------------
# D71-07  Johan Bergström (Eslöv), neck pain, acupuncture only, no education, no home ex
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-07", [
N("D71-07-01", "2023-11-06", "Nybesök", JB, """
NB. 57 år man, busschaufför. Nacksmärta sed >1 år, värk ffa efter långa pass. Ingen utstr arm. Inga RF. Gått KBT via FHV 2022. Önskar akupunktur, haft god effekt av det tidigare (VC Hörby 2021).
NRS 6. NDI 20/50.
Status: Nack-ROM rot 60° bil, ext red. Palp ömt trap sup, lev scap bil. Neurol ua. Spurling neg.
Bed: Långvarig nacksmärta (M54.2).
Info om akupunktur, risker, muntligt samtycke.
Beh: Akupunktur GB20, GB21, SI3 bil, 8 nålar 20 min. Inga biv.
Hemövn erbjudna – pat avböjer, "hinner inte".
Plan: ÅB 1 v, akup x 4–6.
""", "c05"),
# consent information about the needle treatment -> not c01 (README); home ex declined; KBT earlier elsewhere

N("D71-07-02", "2023-11-13", "Återbesök", JB, """
ÅB. Sov bättre 2 nätter. Värmekudde nacke 10 min, därefter akup som ovan. Tål bra.
""", "c04 c05"),

N("D71-07-03", "2023-11-20", "Återbesök", JB, """
ÅB. NRS 4. Värme 10 min, mjukdelsbeh/massage trap bil 10 min, akupunktur 8 nålar 20 min.
""", "c04 c05"),

N("D71-07-04", "2023-12-11", "Återbesök", JB, """
ÅB. NRS 3. Akup 4:e ggn, samma punkter. Pat nöjd, vill avsluta efter dagens beh. Erbjuden hemprogr igen, avböjer. Avslutas.
""", "c05"),
]))

# ---------------------------------------------------------------------------
# D71-08  Amira Haddad (Lund), chronic LBP + widespread pain, ACT-inspired
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-08", [
N("D71-08-01", "2023-03-06", "Nybesök", AH, """
Patienten är en 47-årig kvinna, sjukskriven på heltid sedan åtta månader från sitt arbete som kassabiträde. Hon har haft ländryggssmärta i sex år, de senaste två åren med spridning till nacke, axlar och höfter. Hon har provat många behandlingar: sjukgymnastik med träningsprogram, naprapat, akupunktur och TENS, samt flera läkemedel. Hon beskriver att hon mest ligger ned och att dagarna är tomma. Hon har slutat umgås med vänner och går sällan ut. Sömnen är dålig.

Skattningar: NRS 8, ODI 52 %, STarT Back 8 (hög risk), TSK-11 38.

Status: Hon rör sig långsamt och försiktigt. Generellt nedsatt rörlighet i ländryggen utan tydligt segmentellt fynd. Utbredd palpationsömhet. Neurologi u.a. Hon klarar knäböj till halva djupet med stöd.

Bedömning: Långvarig ländryggssmärta med generaliserad smärta och tecken på central sensitisering, hög risk för fortsatta besvär (M54.5, G96.8).

Vi ägnade en stor del av besöket åt att lyssna på hennes historia. Jag förklarade skillnaden mellan akut och långvarig smärta och hur nervsystemet kan bli överkänsligt, med hjälp av en bild av ett larmsystem. Hon sade att det var första gången någon förklarat det så att det kändes begripligt. Vi kommer att ses en gång i veckan till att börja med. Vid nästa besök planerar vi att prata om vad hon vill använda sin energi till.
""", "c01"),
# earlier acupuncture/TENS = before the programme; values talk only planned

N("D71-08-02", "2023-03-13", "Återbesök", AH, """
Vi fortsatte samtalet från förra gången. Jag använde ett motiverande förhållningssätt och frågade vad som var viktigt för henne innan smärtan tog över. Hon nämnde barnbarnen, trädgården och promenaderna med en väninna. Vi pratade om hur kampen mot smärtan har tagit mycket av hennes tid och kraft, och om möjligheten att göra saker hon värdesätter även när smärtan är närvarande. Hon var tveksam men nyfiken. Hon valde själv ett första steg: att gå en kort promenad runt kvarteret tre dagar denna vecka, oavsett smärtnivå, och att ringa sin väninna. Vi avslutade med en kort övning i medveten närvaro i sittande, där hon fick rikta uppmärksamheten mot fötternas kontakt med golvet och mot andningen i stället för mot smärtan.
""", "c08 c09"),
# walk chosen by the patient as committed action, not stated as PA advice -> c03 0 (README)

N("D71-08-03", "2023-03-20", "Återbesök", AH, """
Hon har gått sin kvarterspromenad tre gånger och även träffat väninnan på ett fik. Hon var trött dagen efter men "inte sämre". Vi pratade om aktivitetsbalans och om att planera dagen så att hon inte gör allt de bra dagarna och ingenting de dåliga, och hon fick ett veckoschema att fylla i. Jag rekommenderade henne att bygga på promenaderna med fem minuter i taget varannan vecka och att gärna gå med stavar för att avlasta. Medveten närvaro: kroppsskanning i liggande, cirka tio minuter, med en inspelning som hon kan använda hemma.
""", "c01 c03 c08 home"),

N("D71-08-04", "2023-04-03", "Återbesök", AH, """
Idag gick vi ut tillsammans och provade stavgång i Stadsparken. Jag instruerade tekniken och vi gick i lugnt tempo i cirka 25 minuter med pauser. Hon sade att hon inte trott att hon skulle klara så långt. Smärtan ökade något under promenaden men hon valde att fortsätta och noterade att den inte var värre efteråt. Vi pratade om att smärta och skada inte är samma sak.
""", "c01 c06"),

N("D71-08-05", "2023-04-24", "Telefonkontakt", AH, """
Telefonkontakt. Patienten har varit förkyld och fick ställa in förra veckans besök. Hon har gått med stavarna de flesta dagar trots förkylningen. Hon har haft en tung dag med mer smärta och berättar att de gamla tankarna om att "något är trasigt" kom tillbaka. Vi pratade om att en sämre dag inte betyder att hon skadat sig, och om att hon kan ta med sig tanken utan att den behöver bestämma vad hon gör. Ny tid bokad.
""", "c01 c09"),

N("D71-08-06", "2023-05-08", "Återbesök", AH, """
Hon går nu 35–40 minuter med stavar fem dagar i veckan och har börjat arbeta i trädgården en stund åt gången. NRS 6. Vi gjorde en enkel hemträningsrunda som hon kan utföra två gånger i veckan: uppresningar från stol, trappsteg, bäckenlyft och armövningar med vattenflaskor, med fokus på att hon ska kunna följa sitt eget tempo. Vi avslutade med en mindfulnessövning i gående där uppmärksamheten riktades mot fotisättningen.
""", "c08 home"),
# general home circuit (household items) -> home only, not c07/c02 (README)

N("D71-08-07", "2023-06-12", "Återbesök", AH, """
Avslutande besök. Hon har börjat arbetsträna 25 % i butiken via Försäkringskassan och Arbetsförmedlingen. Hon beskriver att smärtan finns kvar men att den inte längre styr hennes dagar. ODI 34 %, NRS 6, TSK-11 27. Vi gick igenom vad som har hjälpt henne och gjorde tillsammans en plan för hur hon ska hantera perioder med mer smärta: fortsätta röra sig, använda veckoschemat, andas och stanna upp, och ringa väninnan. Jag rekommenderade henne också Friskis & Svettis lugnare pass som ett sätt att hålla igång träningen efter avslutet.
""", "c01 c03"),
# work training via FK/AF = other providers

N("D71-08-08", "2023-06-13", "Epikris", AH, """
Epikris. 47-årig kvinna med långvarig ländryggssmärta och generaliserad smärta. Sex besök och en telefonkontakt mars–juni 2023. Insatserna har utgått från ett ACT-inspirerat förhållningssätt med värderingsarbete och motiverande samtal, smärtfysiologisk information, aktivitetsbalans, medveten närvaro, stavgång tillsammans med fysioterapeut, råd om gradvis ökade promenader samt ett hemträningsprogram. NRS 8 → 6, ODI 52 → 34 %, TSK-11 38 → 27. Arbetstränar 25 %. Avslutas från fysioterapi.
""", "c01 c03 c06 c08 c09 home"),
]))

# ---------------------------------------------------------------------------
# D71-09  Per Nilsson (Eslöv), 74-year-old, spinal stenosis, balance
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-09", [
N("D71-09-01", "2023-05-02", "Nybesök", PN, """
Nybesök
- 74 år, änka, bor i lägenhet m hiss. Ländryggssmärta sedan många år, senaste halvåret bensmärta bil vid gång > 300 m, lindras av att sitta/luta sig framåt. Spinal stenos L3-L5 enl DT (ortopeden, ej op-aktuellt).
- Föll i hallen i januari, ingen fraktur. Rädd att falla igen, kan inte resa sig från golvet själv.
- Status: Gång m breddökad bas. Romberg: svajar. Står på ett ben 3 s sin/4 s dx. TUG 14 s. Neuro: nedsatt vibrationssinne fötter. Lumbal ext provocerar bensmärta.
- Bedömning: Neurogen klaudikation vid spinal stenos (M48.0K), nedsatt balans, fallrisk.
- Åtgärd: Information om stenosbesvär och varför framåtlutning lindrar. Balansövningar vid diskbänk: tyngdöverföring, tandemstående, tåhävningar – instruerade och utförda.
- Hemprogram m bilder (balans vid diskbänken) 1 ggr/dag.
- Plan: ÅB 2 v.
""", "c01 c02 home"),
# Romberg/one-leg stance/TUG = tests

N("D71-09-02", "2023-05-16", "Återbesök", PN, """
Återbesök
- Gör balansövningarna varje dag, känner sig stadigare.
- Gångträning på löpband tillsammans 10 min med lätt stöd i handtagen och 3 % lutning uppåt (framåtlutning avlastar), pat klarade utan bensmärta.
- Balans: stå på skumgummidyna, gå på linje, stegförflyttning åt sidan.
- Övat att gå ner på golvet och resa sig via stol – klarade med verbal guidning.
- Plan: ÅB 2 v.
""", "c02 c06 c10"),

N("D71-09-03", "2023-06-05", "Återbesök", PN, """
Återbesök
- Går till affären (600 m) m 1 paus. Har övat att resa sig från golvet hemma tillsammans med dottern.
- TUG 11 s.
- Löpband 15 min tills. m fysioterapeut.
- Råd: cykla på motionscykeln i gymmet i huset 3 ggr/v 15–20 min (cykling ger mindre bensmärta än gång vid stenos), samt promenera dagligen, m rullator vid längre sträckor.
- Hemprogr progredierat: tandemgång, enbensstående vid bänken.
- Plan: tel 4 v.
""", "c02 c03 c06 home"),
# practising floor rise at home with daughter = patient's own activity, not c10 in this note

N("D71-09-04", "2023-07-04", "Telefonkontakt", PN, """
Tel
- Cyklar 3 ggr/v, promenerar dagl. Inga fall. Bensmärta vid längre gång men klarar sina ärenden.
- Nöjd, avslut.
- Epikris skrivs.
""", ""),

N("D71-09-05", "2023-07-05", "Epikris", PN, """
Epikris
- 74-årig kvinna m neurogen klaudikation vid spinal stenos och fallrädsla. 3 besök + 1 tel maj–juli 2023.
- Insatser: information om stenos (QV007), balansträning (QB001), gångträning på löpband tillsammans m fysioterapeut, träning av förflyttning golv–stående, råd om cykling/promenad, hemprogram.
- TUG 14→11 s, ett ben 3→8 s.
- Avslutas.
""", "c01 c02 c03 c06 c10 home"),
]))

# ---------------------------------------------------------------------------
# D71-10  Karin Lindqvist (Lund), short course, acupuncture planned never done
# ---------------------------------------------------------------------------
PATIENTS_A.append(("D71-10", [
N("D71-10-01", "2024-03-04", "Nybesök", KL, """
Anamnes: 33-årig man, IT-konsult, arbetar hemifrån 3 d/v. Återkommande ländryggssmärta sedan 3 år, aktuellt skov sedan 3 v efter en flytt. Ingen utstrålning. Inga röda flaggor. Spelar innebandy i korpen, uppehåll nu.
Skattningar: NRS 6, ODI 26 %, STarT Back 3.
Status: Skyddsspänd, flexion begränsad. Ext ua. Neuro ua. Lumbal rörelsekontroll nedsatt i flexionsriktning vid sittande knäextension och vaggning i fyrfota.
Bedömning: Ländryggssmärta med nedsatt rörelsekontroll (M54.5).
Åtgärd: Information om skovets naturalförlopp och att det är bättre att vara i gång inom rimlig smärta än att vila. Ergonomisk genomgång av hemmakontoret utifrån foto som pat visade, växla mellan sittande och stående. Övningar för lumbal kontroll i fyrfota och sittande instruerade. Hemprogram.
Planering: ÅB 1 v. Pat frågar om akupunktur – kan provas nästa besök om han fortfarande har mycket ont.
""", "c01 c02 home"),
# "bättre att vara i gång än att vila" = regime information, no physical activity named -> c01 not c03 (README)

N("D71-10-02", "2024-03-11", "Återbesök", KL, """
Anamnes: Betydligt bättre, NRS 3. Vill inte ha akupunktur nu.
Status: Rör sig friare. Bättre kontroll i fyrfota.
Åtgärd: Progression till övningar i stående: höftfällning, enbensstående med bålrotation, split squat med neutralt bäcken. Hemprogram uppdaterat.
Planering: ÅB 2 v.
""", "c02 home"),

N("D71-10-03", "2024-03-25", "Återbesök", KL, """
Anamnes: NRS 1. Har tagit upp innebandyn igen på egen hand, spelade i torsdags utan besvär.
Status: ua.
Åtgärd: Pat önskar avslut. Diskuterat hur han kan förebygga nya skov: behålla 2–3 av övningarna 2 ggr/v och bryta långa sittperioder vid hemarbete.
Planering: Avslut, epikris.
""", "c01 home"),
# floorball resumed on his own -> not c03

N("D71-10-04", "2024-03-26", "Epikris", KL, """
Epikris
Diagnos M54.5. 3 besök 2024-03-04 – 2024-03-25.
Behandling: information om ländryggssmärta, skovhantering och ergonomi vid hemarbete, motorisk kontrollträning, hemprogram. Akupunktur diskuterades men blev ej aktuellt.
KVÅ: QV007, QV010, QG004.
NRS 6 → 1, ODI 26 → 6 %.
""", "c01 c02 home"),
]))

# Swedish notes, patients D70-01 .. D70-10.
# Företagshälsovård (FHV), fysioterapimottagning, Västerås. All persons invented.
from common import N

AB = "Annika Bergqvist, leg. fysioterapeut"
MO = "Mattias Öhrn, leg. fysioterapeut"
LKN = "Lena Karlsson-Nyberg, leg. sjukgymnast"
JR = "Jonas Rehnström, leg. fysioterapeut"

NOTES = [

# ---------------------------------------------------------------- D70-01
# Montör, 48 år, långvarig ländryggssmärta, sjukskriven 50 %. Skribent AB (rubriker).
N("D70-01-01", "2023-09-04", "Nybesök", AB, """
Anamnes: 48-årig man, montör på växellådslinan sedan 22 år. Ländryggssmärta sedan 2019, successivt ökande senaste året. Ingen utstrålning nedom knä. Sjukskriven 50 % sedan 2023-08-14. Har gått till naprapat privat med manipulationer, kortvarig effekt. Sover dåligt pga smärtan. Röda flaggor: inga.
Status: Flekterar till knähöjd med smärta, nedsatt lumbal rörlighet. Bristande kontroll av neutral ländrygg vid höftfällning, kompenserar med lumbal flexion. Neurologi ua. SLR neg bil. Palpationsöm paravertebralt L3–S1.
Bedömning: Långvarig ospecifik ländryggssmärta med nedsatt rörelsekontroll. Oro för att skada ryggen vid lyft på jobbet.
Åtgärd: Information om ryggens uppbyggnad och om långvarig smärta – att ont inte är detsamma som skada. Instruktion i stabiliseringsövningar: höftfällning med käpp längs ryggen, bäckentippning i ryggliggande, fyrfotastående med diagonal arm/ben. Hemprogram utdelat, 1 ggr/dag.
Planering: ÅB om 1 v. Mål formulerade tillsammans med pat: klara heltid på linan, kunna fiska från båt i sommar.
KVÅ: QV007, QG004
""", "e sm he",
  near="naprapat privat (annan vårdgivare, tidigare); mål formulerade (ej 9)"),

N("D70-01-02", "2023-09-12", "Återbesök", AB, """
Aktuellt: Gör hemövningarna, tycker höftfällningen är svår. NRS 6.
Status: Bättre kontroll vid höftfällning med taktil feedback. Stel i bröstryggen, hypomobil Th6–Th10.
Åtgärd: Mobilisering bröstrygg i bukläge, PA-tryck Th6–Th10 grad III. Progression stabiliseringsövningar: höftfällning stående mot vägg, bäckenlyft med stabilt bäcken. Hemprogram uppdaterat.
Planering: ÅB 2 v.
""", "sm sf he"),

N("D70-01-03", "2023-09-20", "Telefonkontakt", AB, """
Pat ringer ang. förlängning av sjukintyget, hänvisas till FHV-läkaren som har intyget. Bokad tid 26/9 kvarstår. Inget övrigt.
""", "",
  near="administrativt samtal om sjukintyg - ingen information om besvär/egenvård"),

N("D70-01-04", "2023-09-26", "Återbesök", AB, """
Aktuellt: Bättre, NRS 4–5. Har börjat promenera på kvällarna med frun på eget initiativ.
Åtgärd: Träning av lyft från golv till midjehöjd med 10 kg låda: höftfällning i lyftet och att bära nära kroppen – simulerar momentet vid linan där han lyfter växellådskåpor från pall. Stabiliseringsövningarna genomgångna på plats, utförs korrekt, ingen progression idag.
Råd om att öka promenaderna till 30–40 min minst 5 dagar/v och gärna prova stavgång, även i kuperad terräng när det känns ok.
Planering: Arbetsplatsbesök bokat 5/10 tillsammans med FHV-ergonom.
""", "bb sm pa",
  why="lyftträning kopplad till arbetsmoment = träning av specificerad aktivitet (10); övningarna utförda på plats = 2; uttalat råd om promenader/stavgång = 3",
  near="promenader på eget initiativ (egen aktivitet, ej kodad som råd)"),

N("D70-01-05", "2023-10-05", "Arbetsplatsbesök", AB, """
Arbetsplatsbesök på monteringslinan hall 4 tillsammans med FHV-ergonom och närmaste chef. Pat visar arbetsmomenten. Kåpmontaget sker i djup framåtböjning, lyftbordet står för lågt. Ergonomisk genomgång med pat och chef: arbetshöjd, variation mellan stationerna, lyft nära kroppen. Chef ska se över höj- och sänkbart lyftbord. Överenskommet med chef om arbetsträning 75 % från 1/11 med stationsbyte var 45:e minut. Pat informerad om att en viss ökning av smärtan kan förväntas när arbetstiden ökar och att det inte betyder att ryggen skadas.
""", "e",
  why="ergonomisk genomgång + information om smärta vid ökad arbetstid = 1",
  near="arbetsträning/lyftbord är arbetsgivarens åtgärder, ej kategori"),

N("D70-01-06", "2023-11-14", "Återbesök", AB, """
Aktuellt: Arbetstränar 75 %, klarar det. Viss trötthet i ryggen mot slutet av passet. Promenerar 4 ggr/v.
Åtgärd: Progression: stabilisering i stående med gummiband (Pallof press), utfallssteg med bålrotation och kontroll av bäckenet. Nytt hemprogram med dessa.
Planering: Avslut i december om fortsatt bra.
""", "sm he"),

N("D70-01-07", "2023-12-19", "Epikris", AB, """
Epikris fysioterapi
Pat har haft 5 besök inkl. arbetsplatsbesök samt 1 telefonkontakt under perioden 2023-09-04 – 2023-11-14 pga långvarig ländryggssmärta.
Insatser: information om långvarig smärta och ryggens anatomi, stabiliserings-/motorikträning med successiv progression, mobilisering av bröstryggen, träning av lyftteknik kopplat till arbetsmomentet, ergonomisk genomgång på arbetsplatsen samt råd om promenader/stavgång. Hemprogram.
Resultat: NRS 7 → 3. Arbetar 100 % sedan 2023-12-04. Mål: heltid uppnått, fisketur ej utvärderad (säsong).
Avslutas hos fysioterapeut. Åter vb.
""", "e sm sf bb pa he", why="epikris som räknar upp vad pat fått = belägg"),

# ---------------------------------------------------------------- D70-02
# Undersköterska, 55 år, utbredd smärta nacke/skuldror. Skribent LKN (dikterad prosa).
N("D70-02-01", "2023-08-22", "Nybesök", LKN, """
Patienten är en 55-årig kvinna som arbetar som undersköterska på ett särskilt boende sedan trettio år. Hon söker via företagshälsovården på grund av värk i nacke, skuldror och armar sedan ungefär fyra år, och det senaste året har hon även fått värk i ländrygg och höfter. Hon beskriver att hon är trött hela tiden, sover oroligt och att smärtan tar mycket energi. Hon har tidigare gått på sjukgymnastik på vårdcentralen med träning i grupp och upplevde att hon blev sämre av det. Hon har även provat akupunktur för några år sedan utan bestående effekt. Hon är för närvarande sjukskriven 25 %.
Vid undersökningen ses en framskjuten huvudhållning och höga, spända axlar. Andningen är högt förlagd och ytlig. Aktiv rörlighet i nacke och axlar är i stort sett full men smärtsam i ytterlägen. Hon är öm vid palpation över stora delar av nack- och skuldermuskulaturen.
Bedömning: långvarig utbredd smärta med inslag av centralt sensitiserad smärta, uttalad spänning och trötthet.
Vi pratade en stund om hur långvarig smärta skiljer sig från akut smärta och om hur nervsystemet kan bli mer känsligt över tid, vilket hon tyckte var en lättnad att höra. Vi har tillsammans formulerat mål: att orka ta promenaden med barnbarnen på helgerna och att kunna arbeta heltid.
Planering: Hon erbjuds behandling med basal kroppskännedom med start nästa vecka.
""", "e",
  near="tidigare gruppträning och akupunktur (före programmet); BK planerad, ej utförd; målformulering (ej 9)"),

N("D70-02-02", "2023-08-29", "Behandling", LKN, """
Första behandlingen med basal kroppskännedom. Vi arbetade i liggande och sittande med fokus på kontakten med underlaget och att hitta mittlinjen, och sedan med enkla rörelser i stående med tyngdöverföring mellan fötterna. Hon hade svårt att släppa spänningen i axlarna men beskrev efteråt att det kändes "lugnare i kroppen". Vi avslutade med lugna andningsövningar i ryggliggande där hon fick följa andningens rörelse med händerna på magen. Jag frågade om hon ville ha några övningar att göra hemma men hon säger att hon inte orkar just nu, det får vi ta upp senare.
""", "bb rx",
  near="hemövningar erbjudna men avböjda (home_exercise ej kodad)"),

N("D70-02-03", "2023-09-05", "Telefonkontakt", LKN, """
Patienten ringer och avbokar dagens tid på grund av förkylning. Ny tid bokad 12/9.
""", ""),

N("D70-02-04", "2023-09-12", "Behandling", LKN, """
Fortsatt basal kroppskännedom, nu mer i stående och gående. Hon berättar att hon har märkt att hon spänner axlarna när hon står i medicinrummet och delar ut läkemedel. Vi pratade om vad som är viktigt för henne i livet; hon säger att det är barnbarnen och att få vara en bra kollega, och att hon har slutat med nästan allt som ger glädje för att spara krafterna till jobbet. Vi diskuterade om det går att göra något litet av det hon värdesätter även när det gör ont, och hon bestämde sig för att följa med till barnbarnets simskola på lördag trots att hon räknar med att bli trött efteråt.
""", "bb act", why="samtal om värderingar och ett värderat steg trots smärta = 9"),

N("D70-02-05", "2023-10-03", "Behandling", LKN, """
Hon har varit med på simskolan två lördagar och är stolt över det, värken var som vanligt efteråt men det var värt det tyckte hon. Vi fortsatte med basal kroppskännedom i gående och avslutade med avslappning i ryggliggande med en kroppsgenomgång från fötterna och uppåt. Hon frågar om hon kan få massage, vilket vi inte erbjuder inom ramen för behandlingen här; jag hänvisade till friskvårdsbidraget om hon vill gå privat.
""", "bb rx",
  near="massage efterfrågad men ej given, hänvisad privat (4 ej kodad); pat berättar om simskolan (rapport, ej ny ACT-insats)"),

N("D70-02-06", "2023-11-07", "Epikris", LKN, """
Epikris. Patienten har under hösten haft fyra genomförda besök och en avbokning. Hon har fått information om långvarig smärta, och behandlingen har i övrigt utgjorts av basal kroppskännedom, avslappning och andning samt samtal kring vad som är viktigt för henne och hur hon kan göra mer av det trots smärtan. Hon har inte velat ha något hemprogram. Smärtan skattas i stort sett oförändrad, NRS 6, men hon upplever att hon hanterar den bättre och sover bättre. Hon arbetar sedan 1 november heltid. Hon har på eget initiativ anmält sig till en vattengympagrupp i simhallen. Avslutas hos mig.
""", "e bb rx act",
  near="inget hemprogram (avböjt); vattengympa på eget initiativ (ej råd, 3 ej kodad)"),

# ---------------------------------------------------------------- D70-03
# Lärare, 41 år, nackvärk + huvudvärk. Skribent MÖ (kortfattad, förkortningar).
N("D70-03-01", "2023-10-02", "Nybesök", MO, """
Nb. 41 år, lärare åk 4-6. Nackvärk + huvudvärk sedan 2 år, värre senaste terminen. HV 3-4 d/v, utgår från nacken, bakhuvud/tinning hö. Mkt datorarbete kvällstid m laptop i soffan. Ingen yrsel, inga domningar. Tidigare: massage privat, naprapat. Ej sjukskr.
St: Framskjuten huvudhållning. Cx-ROM: rot hö 60, vä 70, ext smärta. Flexion-rotationstest pos hö. CCFT 22 mmHg, kompenserar m ytliga flexorer. Ömt suboccipitalt + övre trap bil.
Bed: Cervikogen huvudvärk, nedsatt motorisk kontroll djupa nackflexorer.
Åtg: Info om sambandet nacke-HV, ergonomi vid dator (skärm i ögonhöjd, separat tangentbord hemma). Instr CCF-övn liggande m handduk, 10x10 s. Hemprg.
Plan: Åb 1 v, ev akupunktur.
""", "e sm he",
  near="ev akupunktur = plan (5 ej kodad); CCFT är test; massage/naprapat tidigare"),

N("D70-03-02", "2023-10-09", "Återbesök", MO, """
Åb. HV 2 ggr sen sist. Gör CCF dagl.
Mob C1-C2 rot hö, SNAG enl Mulligan, rot hö 60→70. Akupunktur 6 nålar: GB20 bil, GB21 bil, LI4 bil, 20 min, manuell stim x2. Ingen biverkan.
Stretch övre trap + lev scap genomgånget, läggs till hemprg.
Åb 1 v.
""", "sf ss he",
  why="stretch tillagd i hemprg = 4 + home_exercise",
  near="'gör CCF dagl' = fortsättning, ej kodad 2"),

N("D70-03-03", "2023-10-16", "Återbesök", MO, """
Åb. Bättre, 1 HV-dag. Akup enl ovan, 20 min. CCFT 26 mmHg. Progr CCF sittande + nackextension i fyrfota m kontroll. Åb 2 v.
""", "ss sm"),

N("D70-03-04", "2023-10-25", "Telefonkontakt", MO, """
Tel. Pat ringer, fått ont i vä axel efter att ha burit stolar vid skolans flytt. Ingen trauma. Råd: avlasta axeln några dgr, undvik tunga lyft. Fortsätt nackövn. Tar med till åb.
""", "e",
  why="råd om avlastning = aktivitetsmodifiering (1)",
  near="'fortsätt nackövn' = uppmaning att fortsätta, inget nytt ordinerat (home_exercise ej kodad)"),

N("D70-03-05", "2023-10-30", "Återbesök", MO, """
Åb. Vä axel bra, full ROM, inga smärtsamma tester. Nacke: HV 1 ggr/v. Akup avstås idag, pat tycker ej att det behövs. Pat fortsätter m hemprg på egen hand. Överenskommet avslut, hör av sig vb.
""", "",
  near="akupunktur avstås (ej kodad); hemprg fortsätter (ej kodad)"),

N("D70-03-06", "2023-11-02", "Epikris", MO, """
Epikris. 4 besök + 1 tel 2/10–30/10. Dx cervikogen HV (G44.8). Beh: info/ergonomi, motorisk kontrollträning djupa nackflexorer, mob övre Cx, stretch, akupunktur x2. Hemprg. HV 3-4 d/v → 1 d/v. Avslut.
""", "e sm sf ss he"),

# ---------------------------------------------------------------- D70-04
# Handläggare kommunen, 36 år, ländrygg, rörelserädsla. Skribent JR (punktlistor, ACT).
N("D70-04-01", "2024-01-15", "Nybesök", JR, """
NYBESÖK
Aktuellt:
- 36 år, handläggare på kommunens ekonomiavdelning, heltid, ej sjukskriven men mycket korttidsfrånvaro
- Ländryggssmärta sedan ryggskott 2021, aldrig riktigt bra
- Undviker att böja sig, lyfter inte barnen (3 och 5 år), har slutat spela innebandy
- MR 2022: diskbuktning L4-L5 utan nervpåverkan – pat tolkar det som att "disken är trasig"
- TSK 44, ÖMPSQ 62
Status:
- Rör sig stelt, låser ländryggen vid flexion, flekterar till mitten av lår
- Neurologi ua, SLR neg
- Ingen specifik smärtprovokation vid segmentella tester
Bedömning:
- Långvarig ospecifik ländryggssmärta med uttalad rörelserädsla och undvikandebeteende
Åtgärd:
- Genomgång av MR-fyndet: diskbuktningar är vanliga även hos personer utan ryggont, ryggen är stark och tål belastning
- Mål satta: lyfta barnen, spela innebandy med kompisarna igen
Planering:
- ÅB 1 v, graderad exponering för böj och lyft
""", "e",
  why="genomgång av MR-fynd/lugnande information = 1 (innehållet är sjukdom/skada, inte ACT-arbete)",
  near="graderad exponering planerad, ej utförd (9 ej kodad); målformulering"),

N("D70-04-02", "2024-01-23", "Återbesök", JR, """
ÅTERBESÖK
- Har funderat på det vi pratade om, "lite lugnare"
- Graderad exponering: framåtböjning stående, först till knän, sedan till golv x10. Pat förväntade sig smärta 8/10, faktisk 3/10. Pratade om skillnaden mellan förväntan och utfall.
- Motorisk kontroll: höftfällning, bäckentippning i stående
- Hemuppgift: framåtböjning till golvet 10 ggr/dag, medvetet och i lugnt tempo, samt höftfällning 2x10
Plan: ÅB 1 v
""", "act sm he", why="graderad exponering för att minska rörelserädsla = 9"),

N("D70-04-03", "2024-01-31", "Återbesök", JR, """
ÅTERBESÖK
- Gjort böjningarna varje dag, "det gick". Har lyft 3-åringen en gång.
- Gick tillsammans ute 25 min i raskt tempo runt Mälarparken – ingen ökning av smärta under eller efter
- Råd: promenera till jobbet (2,5 km) minst 3 dagar/v, börja cykla när det blir barmark
- Progression motorisk kontroll: enbensstående höftfällning, utfallssteg med bålkontroll
Plan: ÅB 2 v
""", "pap pa sm"),

N("D70-04-04", "2024-02-09", "Telefonkontakt", JR, """
TELEFON
- Pat ringer, fick ont igen efter att ha skottat snö i 2 h, "nu är det kört"
- Normaliserat: bakslag är vanliga och betyder inte att ryggen har skadats, smärtan brukar lägga sig på några dagar
- Pratade om vad han vill: spela innebandy i vår. MI-inspirerat samtal, pat bestämmer själv att fortsätta gå till jobbet men kortare sträcka resten av veckan. Skattar tilltro till att klara det 8/10.
- ÅB kvarstår 14/2
""", "e act",
  why="information om bakslag = 1; MI/värderingar/tilltro = 9",
  near="pat bestämmer själv kortare promenader - eget beslut i MI-samtal, inget uttalat råd (3 ej kodad)"),

N("D70-04-05", "2024-02-14", "Återbesök", JR, """
ÅTERBESÖK
- Bättre efter skottningen, tillbaka på ungefär samma nivå
- Motorisk kontroll: sidoplanka med rotation, enbensstående höftfällning med rak rygg, Pallof press
- Exponering: snabba framåtböjningar och rotationer i stående med ökande fart. Pat tveksam först, sedan ok. Ingen smärtökning.
- Hemprogram uppdaterat med sidoplanka och Pallof press (gummiband)
Plan: avslut efter nästa kontakt
""", "sm act he"),

N("D70-04-06", "2024-03-06", "Epikris", JR, """
EPIKRIS
- 4 besök + 1 tel 15/1–14/2 2024
- Insatser: information kring MR-fynd och smärta, graderad exponering för rörelser pat undvek, motorisk kontrollträning, promenad tillsammans, råd om aktiv transport till jobbet, hemprogram
- TSK 44 → 31. ÖMPSQ 62 → 41
- Lyfter barnen. Har anmält sig till korpens innebandy, första träning i april
- Avslut
""", "e act sm pap pa he"),

# ---------------------------------------------------------------- D70-05
# CNC-operatör, 29 år, subakromiell smärta hö. Skribent AB.
N("D70-05-01", "2024-02-05", "Nybesök", AB, """
Anamnes: 29-årig man, CNC-operatör, tvåskift. Smärta hö axel sedan ca 8 mån, debut efter en period med många verktygsbyten ovan axelhöjd. Värk vid lyft ovan axelhöjd och nattlig värk när han ligger på hö sida. Tränade tidigare på gym 3 ggr/v men har slutat pga axeln. Ej sjukskriven.
Status: Smärtsam båge 70–120° hö. Full passiv ROM. Utåtrotation styrka nedsatt hö med smärta. Skapulär dyskinesi hö med tidig elevation och bristande uppåtrotation. Hawkins-Kennedy pos, Neer pos.
Bedömning: Subakromiell smärta hö med nedsatt skapulär kontroll.
Åtgärd: Information om diagnosen och om belastningens betydelse för senor; axeln behöver belastas successivt och smärta upp till 3–4/10 under träning är acceptabel. Skapulakontroll: bakåt-/nedåtföring av skulderbladet i sittande framför spegel, väggglid. Taping av skulderbladet (rigid tejp) för feedback. Hemprogram.
Planering: ÅB 1 v, därefter introduktion i FHV:s träningslokal.
""", "e sm sf he", why="taping = 4",
  near="gymträning före besvären (historik)"),

N("D70-05-02", "2024-02-13", "Återbesök", AB, """
Aktuellt: Tejpen satt 2 dygn, upplevde stöd. Nattvärken något mindre.
Åtgärd: Introduktion i träningslokalen: kabeldrag utåtrotation 3x12 2,5 kg, sittande rodd i maskin 3x10 25 kg, sidliggande utåtrotation med hantel 2 kg, landmine press med stång 3x8. Skriftligt träningsprogram utdelat att köra 3 ggr/v på gymmet där han har kort.
Planering: ÅB 3 v.
""", "wt he", why="individuellt program på gym med vikter = 7; att köra själv på gym = home_exercise"),

N("D70-05-03", "2024-03-05", "Återbesök", AB, """
Aktuellt: Tränat 2–3 ggr/v enligt programmet. Smärta vid lyft ovan axelhöjd minskad, NRS 2 mot tidigare 5.
Status: Smärtsam båge lindrig 90–110°. Förbättrad skapulär rytm.
Åtgärd: Progression: utåtrotation 4 kg, rodd 35 kg, tillägg av stående hantelpress och face pulls i kabel. Programmet uppdaterat.
Planering: Tel.uppföljning om 4 v.
""", "wt he"),

N("D70-05-04", "2024-04-02", "Telefonkontakt", AB, """
Telefonuppföljning. Pat mår bra, ingen nattvärk. Har börjat köra bänkpress igen på egen hand med lätta vikter, inga problem. Vi kommer överens om att avsluta. Kontaktar mig vb.
""", "", near="egen bänkpress (patientens egen aktivitet, 7 ej kodad)"),

N("D70-05-05", "2024-04-03", "Epikris", AB, """
Epikris. 3 besök och 1 telefonkontakt under perioden 2024-02-05 – 2024-04-02. Subakromiell smärta hö. Behandlingen har bestått av information om diagnos och belastning, skapulär kontrollträning, taping samt ett individuellt utformat styrketräningsprogram på gym. Smärta NRS 5 → 1. Full funktion i arbetet. Avslutas.
""", "e sm sf wt he"),

# ---------------------------------------------------------------- D70-06
# Lokalvårdare, 52 år, fibromyalgi. Skribent LKN.
N("D70-06-01", "2023-03-13", "Nybesök", LKN, """
Patienten är en 52-årig kvinna som arbetar som lokalvårdare inom kommunens städenhet, heltid. Hon har sedan 2018 diagnosen fibromyalgi ställd av reumatolog och beskriver värk i hela kroppen, morgonstelhet och uttalad trötthet. Hon är sjukskriven 50 % sedan januari. Hon har tidigare haft en TENS-apparat från vårdcentralen som hon tyckte hjälpte något, men den lämnades tillbaka. På fritiden rör hon sig lite eftersom hon är så trött efter arbetet.
Vid undersökningen är hon öm på i princip alla palperade punkter, rörligheten är god men hon rör sig försiktigt. Ett submaximalt cykelergometertest enligt Åstrand genomfördes med beräknat maximalt syreupptag 24 ml/kg/min, vilket är lågt för åldern.
Jag förklarade hur smärtsystemet fungerar vid fibromyalgi och att fysisk aktivitet i lagom dos hör till det som hjälper bäst, även om det kan göra ont i början. Hon var intresserad av att prova TENS igen. Vi bestämde att nästa gång börja med cykling tillsammans och ta upp TENS.
Mål: att kunna gå ned till centrum och handla utan att behöva vila, och att gå upp i arbetstid.
""", "e",
  why="allmän information om fysisk aktivitet som del av smärtinformation = 1, inget individuellt råd om vad hon ska göra (3 ej kodad)",
  near="Åstrandtest = test, ej 6; TENS tidigare på VC (5 ej kodad); cykling/TENS planerat"),

N("D70-06-02", "2023-03-20", "Behandling", LKN, """
Vi började med cykling på ergometercykel tillsammans, 12 minuter på låg belastning (50 W), där hon fick prata under tiden och skatta ansträngningen enligt Borg, hon låg på 12–13. Hon tyckte det gick bättre än hon trott. Därefter provade vi TENS med elektroderna över ländryggen och skuldrorna, högfrekvent, 30 minuter i sittande. Hon upplevde en behaglig lindring. Hon fick låna en TENS-apparat hem med instruktion om användningen, och vi skrev upp inställningarna på en lapp.
""", "pap ss",
  why="TENS-lån hem = 5; TENS är inte en övning/träningsregim, home_exercise ej kodad"),

N("D70-06-03", "2023-04-03", "Behandling", LKN, """
Hon har använt TENS-apparaten nästan dagligen, mest på kvällen efter jobbet, och tycker att den hjälper henne att somna. Vi cyklade igen, 15 minuter på 60 W. Därefter pratade vi om promenader: jag föreslog att hon börjar med att gå 10 minuter varje dag, gärna direkt efter arbetet innan hon sätter sig i soffan, och ökar med ett par minuter i veckan. Hon har en väninna hon kan gå med. Vi avslutade med en stunds progressiv avslappning i liggande där hon spänner och släpper muskelgrupperna i tur och ordning.
""", "pap pa rx", near="TENS-användning rapporteras (fortsättning, 5 ej kodad)"),

N("D70-06-04", "2023-04-17", "Telefonkontakt", LKN, """
Patienten ringer och berättar att hon har haft en svår vecka med mycket värk och inte har orkat promenera. Hon har haft kontakt med sin läkare som har skrivit remiss till psykolog på vårdcentralen för samtal kring stress och sömn. Vi pratade om att det är vanligt med perioder då värken är värre och att hon hellre kan gå ner till fem minuters promenad än att sluta helt. Nästa besök kvarstår.
""", "e pa",
  why="normalisering av skov = 1; uttalat råd att gå 5 min i stället för att sluta = 3",
  near="remiss till psykolog (annan vårdgivare)"),

N("D70-06-05", "2023-05-08", "Behandling", LKN, """
Hon är i en bättre period igen och går nu 20 minuter de flesta dagar. Vi cyklade 20 minuter, 60–70 W. Hon berättar att hon har börjat med vattengympa för personer med reumatisk sjukdom på onsdagar via en patientförening, och jag uppmuntrade henne att fortsätta med det som ett komplement till promenaderna. Vi gjorde avslappningsövningen tillsammans igen och hon säger att hon använder den ibland själv innan hon ska sova.
""", "pap rx pa",
  why="uttalad uppmuntran från fysioterapeuten att fortsätta vattengympa som komplement = 3 (se README, tvetydigt)"),

N("D70-06-06", "2023-06-12", "Epikris", LKN, """
Epikris. Patienten har haft fem kontakter under våren, fyra besök och ett telefonsamtal. Behandlingen har innehållit smärtfysiologisk information, konditionsträning på cykel tillsammans med mig, TENS som hon fått låna hem, progressiv avslappning samt råd om daglig promenad. FIQ 68 → 52. Hon är sedan 1 juni sjukskriven 25 %. Hon har köpt en egen TENS-apparat och lämnar tillbaka lånet. Avslutas.
""", "e pap ss rx pa"),

# ---------------------------------------------------------------- D70-07
# Svetsare, 58 år, nackvärk/artros. Skribent MÖ. Ingen information, inget hemprogram.
N("D70-07-01", "2023-11-06", "Nybesök", MO, """
Nb. 58 år, svetsare, heltid. Värk nacke + hö skuldra sedan många år, rtg 2021 spondylartros C5-C7. Domningar ibland i hö hand nattetid. Önskar akupunktur, haft god effekt av det på annan mottagning 2020. Stretchar själv nacken dagligen sedan länge.
St: Cx-ROM nedsatt alla riktn, rot hö/vä 45/50. Spurling neg. Neurologi ÖE ua. Palp ömt lev scap + övre trap hö.
Bed: Långvarig nackvärk m degenerativa förändringar.
Åtg: Akupunktur 8 nålar, lokalt nacke/skuldra hö + LI4 bil, 20 min. Mjukdelsbeh övre trap hö 10 min.
Plan: Akupunktur 1 ggr/v x 4.
KVÅ DA001, QB007
""", "ss sf",
  near="akupunktur 2020 på annan mottagning (tidigare); egen stretching (egen aktivitet, 4/home_exercise ej kodad)"),

N("D70-07-02", "2023-11-13", "Behandling", MO, """
Beh. Bättre 2 dgr efter förra, sen åter som innan. Akup enl tidigare, 20 min. Mjukdelsbeh övre trap/lev scap hö.
""", "ss sf"),

N("D70-07-03", "2023-11-20", "Behandling", MO, """
Beh. Akup enl tidigare. Pat vill ej ha mjukdelsbeh idag. Sover bättre.
""", "ss", near="mjukdelsbehandling avböjd (4 ej kodad)"),

N("D70-07-04", "2023-11-27", "Behandling", MO, """
Beh. Akup 20 min, värmekudde över nacken under tiden. Rot hö 55. Pat nöjd, vill avsluta serien. Erbjuds nackprogram, avböjer – "kör mina egna".
""", "ss sf", why="värme given på mottagningen = 4",
  near="hemprogram erbjudet och avböjt (home_exercise ej kodad)"),

N("D70-07-05", "2023-11-28", "Epikris", MO, """
Avslutsanteckning. 4 beh akupunktur + mjukdelsbeh/värme 6/11–27/11. NRS 6→4, sover bättre. Avslut, ny serie kan övervägas om 6 mån.
""", "ss sf", near="ny serie 'kan övervägas' = plan"),

# ---------------------------------------------------------------- D70-08
# Förskollärare, 45 år, bäckensmärta vä. Skribent JR.
N("D70-08-01", "2024-03-04", "Nybesök", JR, """
NYBESÖK
Aktuellt:
- 45 år, förskollärare, småbarnsavdelning (1–3 år)
- Smärta ländrygg/bäcken vä sedan 14 mån, debut efter period med mycket lyft under inskolning
- Värst vid att resa sig från låga stolar, lyfta barn från golvet, byta blöjor på skötbord som inte går att höja
- Sjukskriven 25 % sedan 2 mån
- Går med hunden 2 ggr/dag, ca 30 min
Status:
- ASLR pos vä, förbättras med manuell kompression
- SI-provokation: thigh thrust pos vä, kompression pos
- Bristande lumbopelvin kontroll i enbensstående vä (Trendelenburg)
Bedömning:
- Bäckensmärta vä med nedsatt motorisk kontroll
Åtgärd:
- Info om bäckenets funktion och att smärtan inte är farlig
- Instruktion: transversusaktivering i ryggliggande, bäckenlyft, musslan i sidliggande
- Hemprogram
- TENS/akupunktur ej aktuellt
Planering:
- ÅB 1 v
""", "e sm he",
  near="'TENS/akupunktur ej aktuellt' (negerat); hundpromenader = egen aktivitet"),

N("D70-08-02", "2024-03-12", "Återbesök", JR, """
ÅTERBESÖK
- Gör övningarna dagligen, bättre i sittande
- Progression: enbensstående på balansplatta, step-ups med kontroll av bäckennivån, knäböj med band runt knäna
- Råd: variera hundpromenaderna med raskare partier och backar, prova att cykla till jobbet 1–2 dagar/v (4 km)
- Hemprogram uppdaterat
Plan: ÅB 2 v, ta med situationer från jobbet
""", "sm pa he"),

N("D70-08-03", "2024-03-26", "Återbesök", JR, """
ÅTERBESÖK
- Cyklat till jobbet 2 dagar, ok
- Träning av arbetsspecifika moment i träningssalen: lyft av sandsäck 12 kg från golv till höft med kort avstånd till kroppen, resa sig från 30 cm-stol med "barn" i famnen, simulerat blöjbyte på brits i fast höjd med gå-ner-i-knä-teknik
- Diskuterade ergonomi runt skötbordet, möjlighet att få höj- och sänkbart – pat tar upp med chef
Plan: ÅB 3 v
""", "bb e", why="övade arbetsmoment = 10; ergonomidiskussion = 1"),

N("D70-08-04", "2024-04-10", "Telefonkontakt", JR, """
TELEFON
- Pat meddelar att avdelningen har fått nytt höj- och sänkbart skötbord
- Vill flytta fram ÅB pga semester, ny tid 23/4
""", ""),

N("D70-08-05", "2024-04-23", "Återbesök", JR, """
ÅTERBESÖK
- Arbetar 100 % sedan 15/4
- ASLR neg vä
- Enbensstående med slutna ögon 30 s vä, stabilt
- Genomgång hemprogram: tar bort bäckenlyft och musslan, behåller step-ups och balansövningen på kudde
- Överenskommet avslut, epikris
""", "sm he",
  why="hemprogrammet revideras och balans/step-ups ordineras fortsatt = 2 + home_exercise (se README)",
  near="enbensstående 30 s = test"),

N("D70-08-06", "2024-04-25", "Epikris", JR, """
EPIKRIS
- 4 besök + 1 tel, 4/3–23/4 2024
- Dx: bäckensmärta vä (M53.3)
- Insatser: information, motorisk kontroll- och balansträning, träning av arbetsspecifika lyft och förflyttningar, råd om cykling och varierade promenader, hemprogram
- Ergonomisk anpassning: nytt skötbord på avdelningen
- Arbetar 100 %. Avslut.
""", "e sm bb pa he"),

# ---------------------------------------------------------------- D70-09
# Sjuksköterska akuten, 34 år, nack-skuldersmärta med stress. Skribent AB.
N("D70-09-01", "2023-05-08", "Nybesök", AB, """
Anamnes: 34-årig kvinna, sjuksköterska på akutmottagningen, nattjänstgöring varannan vecka. Nack- och skuldervärk sedan 3 år, ökat senaste halvåret i samband med hög arbetsbelastning. Spänningshuvudvärk. Sömnsvårigheter. Har gått på yoga tidigare men slutat. Sjukskriven 50 % sedan 3 v av FHV-läkare.
Status: Höga axlar, högt förlagd andning, andningsfrekvens 18/min i vila. Cx-ROM full, ömhet trapezius bil. Nedsatt uthållighet djupa nackflexorer (CCFT 24 mmHg).
Bedömning: Långvarig nack-skuldersmärta med inslag av stress och muskulär överaktivitet.
Åtgärd: Information om sambandet mellan stress, andning och muskelspänning. Andningsövning: lugn bukandning i ryggliggande med förlängd utandning, 5 min – ska göras hemma 2 ggr/dag. CCF-övning instruerad. Basal kroppskännedom diskuterades, pat ej intresserad i nuläget.
Planering: ÅB 1 v.
""", "e rx sm he",
  why="andningsövning att göra hemma = 8 + home_exercise",
  near="BK diskuterad, ej intresserad (10 ej kodad); yoga tidigare"),

N("D70-09-02", "2023-05-16", "Återbesök", AB, """
Aktuellt: Har gjort andningsövningen morgon och kväll, tycker det är svårt att inte tänka på jobbet.
Åtgärd: Mindfulnessövning i sittande 10 min med fokus på andning och kroppskontakt, att notera tankar och låta dem passera. Ljudfil skickad via 1177 att använda hemma. Progression CCF sittande, skulderbladsstabilisering i väggglid.
Planering: ÅB 2 v.
""", "rx sm he"),

N("D70-09-03", "2023-05-30", "Återbesök", AB, """
Aktuellt: Mer värk senaste veckan, stressig period med många nattpass. Upplever att hon "misslyckas" när hon inte hinner göra övningarna.
Åtgärd: Samtal om acceptans – att värken kan finnas med utan att den behöver styra vad hon gör – och om vad som är viktigt för henne: att orka träffa vänner och att rida igen. Hon formulerar ett konkret steg: gå till stallet en gång i veckan och hjälpa till, även om det gör ont. Övningarna behöver inte göras perfekt; en kortversion med 3 min andning räcker de dagar hon inte hinner mer.
Planering: ÅB 2 v.
KVÅ: DU032
""", "act rx he",
  why="acceptans, värderingar, värderat steg = 9; ändrad hemregim (kortversion andning) = 8 + home_exercise"),

N("D70-09-04", "2023-06-13", "Återbesök", AB, """
Aktuellt: Har varit i stallet 2 ggr. NRS 5.
Status: CCFT 28 mmHg.
Åtgärd: Progression nackstabilisering: CCF med huvudlyft, skulderbladskontroll i fyrfota. Kort kroppsscanning avslutningsvis.
Planering: Semesteruppehåll, tel.kontakt v. 33.
""", "sm rx"),

N("D70-09-05", "2023-08-17", "Telefonkontakt", AB, """
Tel. Semestern har gått bra, mindre värk. Arbetar 100 % sedan 1/8, inga nattpass fram till oktober enligt överenskommelse med chef. Gör andningen regelbundet. Överenskommer om avslut, hör av sig vid behov.
""", "", near="gör andningen (fortsättning, ej kodad)"),

N("D70-09-06", "2023-08-18", "Epikris", AB, """
Epikris. 5 kontakter (4 besök, 1 tel) 2023-05-08 – 2023-08-17. Nack-skuldersmärta med stressrelaterad komponent. Insatser: information om stress och muskelspänning, andningsövningar och mindfulness, stabiliserande nackträning, ACT-inspirerade samtal om acceptans och värderad riktning. Hemprogram. NRS 7 → 4, åter i arbete 100 %.
""", "e rx sm act he"),

# ---------------------------------------------------------------- D70-10
# Lagerarbetare, 39 år, status efter diskbråcksop, sjukskriven 100 %. Skribent MÖ.
N("D70-10-01", "2024-04-08", "Nybesök", MO, """
Nb. 39 år, lagerarbetare (truck + plock) på grossistlager. Op diskbråck L5-S1 vä 2022. Sedan dess kvarstående ländryggsvärk + vä ben ibland ned till vaden. Sjukskr 100 % sedan 2024-02-01. Gått på sjukgymnastik på VC efter op m McKenzie-övn, ingen effekt enl pat.
St: Fingertopp-golv 25 cm. SLR vä 60° m ryggsmärta, hö neg. S1-reflex vä nedsatt (känd sedan op), kraft ua. Bristande lumbopelvin kontroll vid höftfällning och knäböj.
Bed: Långvarig lumbago m restsymtom efter diskbråcksop, dekonditionerad.
Åtg: Info om läkning efter diskbråck, att belastning är säker och behövs. Motorisk kontroll: höftfällning m pinne, bäckentippning. Hemprg. TENS ej aktuellt.
Plan: Åb 1 v. Avstämningsmöte m FK/AG planeras i maj.
""", "e sm he",
  near="McKenzie på VC (tidigare); 'TENS ej aktuellt' (negerat)"),

N("D70-10-02", "2024-04-15", "Återbesök", MO, """
Åb. Uppv crosstrainer 10 min lätt motstånd, tillsammans. Marklyft m kettlebell 12 kg 3x8, goblet squat 8 kg 3x10, fokus teknik. Råd: promenad 30 min/dag, gärna längs Mälaren. Åb 1 v.
""", "pap wt pa"),

N("D70-10-03", "2024-04-22", "Återbesök", MO, """
Åb. Promenerar dagl 30-40 min. Ingen benvärk senaste v. Uppv cykel 10 min. KB-marklyft 16 kg 3x8, split squat, bird dog m kontroll, sidoplanka 3x20 s. Gymprg utdelat, 3 ggr/v på Friskis.
""", "pap wt sm he", near="promenerar dagligen = rapport"),

N("D70-10-04", "2024-05-06", "Återbesök", MO, """
Åb. Kört gymprg 2 ggr/v. Uppv crosstr 10 min. Träning av arbetsmoment: plock av kartonger 10-15 kg från pall till bur på låg/hög nivå, vrider m fötterna ist f ryggen. Truck i-/urstigning. Tål bra.
""", "pap bb"),

N("D70-10-05", "2024-05-14", "Avstämningsmöte", MO, """
Avstämningsmöte FK, AG (lagerchef), pat, FHV-läkare och undertecknad. Pat redogör för förbättring. Plan: arbetsträning 50 % from 2024-05-27, endast plock av lätt gods v 1-2, därefter successiv ökning. Ny avstämning i juni.
""", "", near="rehabkoordinering/arbetsträning - ingen behandlingskategori"),

N("D70-10-06", "2024-06-03", "Telefonkontakt", MO, """
Tel. Arbetstränat 1 v, lite trött i ryggen efter passen men ingen benvärk. Kör gymmet 2 ggr/v. Ok att fortsätta som nu. Åb 17/6.
""", "", near="'ok att fortsätta' = fortsättning"),

N("D70-10-07", "2024-06-17", "Återbesök", MO, """
Åb. Arbetar 75 % sedan 10/6. Uppv cykel 10 min. Marklyft m skivstång 40 kg 4x6, utfall m hantlar 2x10 kg. Uppdat gymprg. Info om att fortsätta träna efter avslut för att minska risken för återfall.
""", "pap wt he e", why="information om träning/återfallsrisk = regim/egenvård (1)"),

N("D70-10-08", "2024-07-01", "Epikris", MO, """
Epikris. 6 besök inkl avstämningsmöte + 1 tel 8/4–17/6. Lumbago m restsymtom efter diskbråcksop. Beh: info, motorisk kontroll, konditionsträning crosstrainer/cykel på mottagningen, styrketräning m kettlebell/skivstång, träning av lagerspecifika arbetsmoment, promenadråd, gymprg. Arbetar 75 %, planerad 100 % from 1/8. Avslut.
""", "e sm pap wt bb pa he"),
]

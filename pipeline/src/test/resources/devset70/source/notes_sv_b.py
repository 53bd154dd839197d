# Swedish notes, patients D70-11 .. D70-20.
from common import N
from notes_sv_a import AB, MO, LKN, JR

NOTES = [

# ---------------------------------------------------------------- D70-11
# Administratör, 50 år, stelhet/värk vä axel efter frusen skuldra. Skribent LKN.
N("D70-11-01", "2024-01-10", "Nybesök", LKN, """
Patienten är en 50-årig kvinna som arbetar som administratör på ett stort industriföretag. Hon hade frusen skuldra i vänster axel 2021–2022 och axeln har blivit mycket bättre, men hon har kvar stelhet och värk i axeln och upp i nacken på vänster sida, särskilt efter långa dagar vid datorn. Hon fick en kortisoninjektion av ortoped 2022 med viss effekt. Hon arbetar heltid.
Vid undersökningen är utåtrotationen i vänster axel begränsad till 50 grader mot 80 på höger sida, och flexionen är 150 mot 175 grader. Stramhet i bakre kapseln. Skulderbladet rör sig något asymmetriskt vid armlyft.
Jag har gett henne information om att stelheten efter frusen skuldra ofta kvarstår en tid men kan förbättras, och vi har pratat om att hon kan flytta musen till höger sida ibland och ta mikropauser. Vi påbörjade ledmobilisering av glenohumeralleden i utåtrotation och bakre glid. Hon fick med sig en stretchövning för bakre kapseln (cross-body) och en utåtrotationsövning med pinne att göra hemma två gånger om dagen.
""", "e sf he", near="kortisoninjektion 2022 (annan vårdgivare, tidigare)"),

N("D70-11-02", "2024-01-24", "Behandling", LKN, """
Utåtrotationen har ökat till 60 grader. Vi provade en värmekudde över axeln före mobiliseringen, vilket hon tyckte gjorde det lättare att slappna av, och fortsatte sedan med mobilisering i utåtrotation och abduktion. Efteråt fick hon träna skulderbladskontroll framför spegel med lätt armlyft, där skulderbladet ska hållas stabilt mot bröstkorgen. Övningen lades till hemprogrammet.
""", "sf sm he"),

N("D70-11-03", "2024-02-14", "Behandling", LKN, """
Utåtrotationen är nu 70 grader och flexionen 165 grader. Hon har ingen nackvärk de flesta dagar. Mobilisering i slutläge samt stretching av bröstmuskulaturen. Vi uppdaterade hemprogrammet med en svårare variant av skulderbladsövningen med gummiband.
""", "sf sm he"),

N("D70-11-04", "2024-03-06", "Epikris", LKN, """
Epikris. Patienten har haft tre besök hos mig under januari–februari för kvarstående stelhet och värk i vänster axel efter frusen skuldra. Behandlingen har bestått av ledmobilisering, stretching och värme, skulderbladskontroll samt hemprogram. Utåtrotationen har förbättrats från 50 till 70 grader. Hon avslutas med hemprogram och hör av sig vid behov.
""", "sf sm he"),

# ---------------------------------------------------------------- D70-12
# Slöjdlärare, 61 år, spinal stenos med neurogen claudicatio. Skribent JR.
N("D70-12-01", "2023-09-18", "Nybesök", JR, """
NYBESÖK
Aktuellt:
- 61 år, slöjdlärare högstadiet (trä/metall)
- Ländryggsvärk + trötthet/domning i båda benen vid gång > 10 min, bättre när han sätter sig eller lutar sig framåt. MR 2023: spinal stenos L4-L5 (ortoped: ingen op-indikation nu)
- Har slutat med sina skogspromenader, cyklar fortfarande utan besvär
- Ej sjukskriven
Status:
- Lumbal extension provocerar bensymtom efter 20 s
- Flexion ua
- 6 min gångtest: 380 m, stannade 1 gång
- Neurologi ua
Bedömning:
- Neurogen claudicatio vid spinal stenos
Åtgärd:
- Info om spinal stenos, varför framåtlutning lindrar, att gång inte skadar
- Råd: använd stavar vid promenader (framåtlutad ställning), gå i intervaller med paus innan symtomen blir för starka, fortsätt cykla – gärna 3 ggr/v 30 min
- Hemprg: bäckentippning i ryggliggande, gluteusaktivering i bäckenlyft
Planering:
- ÅB 2 v, stavgång tillsammans
""", "e pa sm he",
  why="hemprogrammets motorikövningar ordineras = 2",
  near="6 min gångtest = test (6 ej kodad); stavgång tillsammans planerad"),

N("D70-12-02", "2023-10-02", "Återbesök", JR, """
ÅTERBESÖK
- Har köpt stavar, gått 3 ggr
- Stavgång tillsammans i Rocklunda-området 35 min med 2 korta pauser, symtom i benen 2–3/10 som gick över vid paus. Teknikgenomgång stavgång.
- Pat förvånad att det gick så långt
Plan: ÅB 2 v
""", "pap"),

N("D70-12-03", "2023-10-16", "Återbesök", JR, """
ÅTERBESÖK
- Stavgång 4 ggr/v, 30–45 min
- Motorisk kontroll: bålstabilisering i fyrfota, höftfällning, uppresning från stol med kontroll
- Hemprg utökat med höftfällning
- Pat undrar om han kan stå vid svarven hela dagar – rekommenderar att han varierar med arbete sittande på pall i framåtlutad ställning
- Gymträning ej aktuellt nu enl pat
Plan: tel 3 v
""", "sm he e", why="råd om arbetsställning = aktivitetsmodifiering/ergonomi (1)",
  near="'gymträning ej aktuellt' (negerat, 7 ej kodad)"),

N("D70-12-04", "2023-11-06", "Telefonkontakt", JR, """
TELEFON
- Mår bra, går 45 min utan paus ibland
- Vill avsluta, tycker han klarar sig själv
- Överenskommet avslut, epikris
""", ""),

N("D70-12-05", "2023-11-07", "Epikris", JR, """
EPIKRIS
- 3 besök + 1 tel 18/9–6/11 2023
- Neurogen claudicatio vid spinal stenos L4-L5
- Insatser: information om diagnos, råd om stavgång/intervallgång och cykling, stavgång tillsammans med fysioterapeut, motorisk kontrollträning, hemprogram, råd om arbetsställning
- 6 min gångtest ej uppföljt (avslut via tel)
- Avslut
""", "e pa pap sm he"),

# ---------------------------------------------------------------- D70-13
# Montör elmotorfabrik, 44 år, cervikal radikulopati C6 hö. Skribent AB.
N("D70-13-01", "2024-05-13", "Nybesök", AB, """
Anamnes: 44-årig kvinna, montör på elmotorfabrik, repetitivt arbete med armarna framför kroppen. Nacksmärta med utstrålning i hö arm till tummen sedan ca 5 mån. Har provat akupunktur hos fysioterapeut i primärvården 2023 utan effekt. Ej sjukskriven men har flyttats till en lättare station.
Status: Spurling pos hö (armsymtom). ULTT1 (medianus) pos hö. Cx-ROM: extension och rotation hö nedsatt. Kraft och reflexer ua. Sensibilitet lätt nedsatt dig I hö.
Bedömning: Cervikal radikulopati C6 hö, stabil neurologi.
Åtgärd: Information om radikulopati och god prognos, att undvika långvarig nackextension. Nervmobilisering medianus (slider) i ryggliggande, manuell traktion Cx 5 min. Hemprogram med slider och CCF.
Planering: ÅB 1 v.
""", "e sf sm he",
  why="nervmobilisering/traktion = manuell teknik (4); CCF i hemprogram = 2",
  near="akupunktur i primärvården 2023 (tidigare, annan vårdgivare)"),

N("D70-13-02", "2024-05-21", "Återbesök", AB, """
Aktuellt: Armvärken något mindre, NRS 5. Svårt att sova.
Åtgärd: TENS över nacke/skuldra hö, konventionell, 30 min i sittande – god lindring, armvärk 5 → 3. Pat får låna TENS hem för användning kvällstid. Traktion och nervmobilisering enl tidigare. Akupunktur erbjuds men pat avböjer pga tidigare dålig erfarenhet.
Planering: ÅB 1 v.
KVÅ: DA021
""", "ss sf", near="akupunktur avböjd (men TENS given, så 5 kodas ändå)"),

N("D70-13-03", "2024-05-28", "Återbesök", AB, """
Aktuellt: Använder TENS varje kväll, sover bättre.
Status: Spurling neg. ULTT1 svagt pos.
Åtgärd: Motorisk kontroll: CCF sittande, skulderbladsstabilisering i sittande med band, rodd med kontroll av skulderbladet. Hemprogram utökat.
Planering: ÅB 2 v.
""", "sm he", near="TENS-användning rapporteras (fortsättning, 5 ej kodad)"),

N("D70-13-04", "2024-06-11", "Återbesök", AB, """
Aktuellt: Ingen armvärk senaste veckan. Arbetar på ordinarie station igen sedan 3/6.
Åtgärd: Ergonomisk genomgång av arbetsställningen vid stationen utifrån bilder pat tagit: höj arbetsbordet 5 cm, undvik att titta uppåt på skärmen ovanför. Progression stabiliseringsövningar nacke/skuldra.
Planering: Avslut efter semestern om fortsatt bra. TENS återlämnad.
KVÅ: QV010
""", "e sm", near="TENS återlämnad (ingen behandling)"),

N("D70-13-05", "2024-08-20", "Epikris", AB, """
Epikris. 4 besök 2024-05-13 – 2024-06-11. Cervikal radikulopati C6 hö. Insatser: information, nervmobilisering, manuell traktion, TENS (lån), motorisk kontrollträning nacke/skuldra, ergonomisk genomgång, hemprogram. Armsymtomen helt regredierade. Avslutas.
""", "e sf ss sm he"),

# ---------------------------------------------------------------- D70-14
# Kock skolkök, 47 år, utbredd smärta. Skribent LKN. Inget hemprogram.
N("D70-14-01", "2023-02-06", "Nybesök", LKN, """
Patienten är en 47-årig kvinna som arbetar som kock i ett skolkök där hon lagar mat till ungefär 400 elever. Hon har värk i nacke, rygg, armar och ben sedan flera år, värst i ländryggen och i händerna, och hon beskriver att hon är helt slut när hon kommer hem. Hon är inte sjukskriven men har många kortare frånvaroperioder. Hon har tidigare gått på sjukgymnastik för ryggen och har kvar sitt gamla hemprogram från 2020 som hon gör ibland.
Vid undersökningen rör hon sig med mycket spänning och håller andan vid lyft. Hon står med låsta knän och uppdragna axlar. Hon är öm över stora delar av kroppen.
Vi pratade om hur kroppen påverkas av att ständigt vara i beredskap och om att långvarig smärta inte betyder att kroppen tar skada. Hon fick information om basal kroppskännedom som en möjlig behandling och var positiv till att prova.
""", "e",
  near="gammalt hemprogram från 2020 (tidigare behandling, home_exercise ej kodad); BK bara informerad/planerad (10 ej kodad)"),

N("D70-14-02", "2023-02-13", "Behandling", LKN, """
Basal kroppskännedom individuellt. Vi arbetade med stående balans och med att hitta en avspänd hållning med mjuka knän, och med gång där hon fick känna efter hur fötterna möter golvet. Hon beskrev att hon märkte att hon alltid går "med bromsen i". Vi övade också på att lyfta en kastrull från en låg hylla med mjuka knän och utan att hålla andan, eftersom det är ett av de moment som gör mest ont på jobbet.
""", "bb", why="BBAT + övning av specificerat arbetsmoment, båda = 10",
  near="'stående balans' inom BBAT - kodas 10, inte 2 (se README)"),

N("D70-14-03", "2023-02-27", "Behandling", LKN, """
Fortsatt basal kroppskännedom med rörelser i stående, centrering och rörelser kring mittlinjen. Hon säger att hon har börjat märka när hon spänner sig på jobbet. Vi pratade om att hon kan gå en kort promenad på lunchen i stället för att sitta kvar i köket, tio minuter räcker, och att hon kan ta cykeln till jobbet de dagar hon orkar, det är bara tre kilometer.
""", "bb pa"),

N("D70-14-04", "2023-03-20", "Behandling", LKN, """
Hon har gått promenader på lunchen de flesta dagar och cyklat två gånger. Basal kroppskännedom i liggande, sittande och stående. Vi övade på att bära en tung bricka från ugnen till disken och på att arbeta vid spisen med omväxlande vikt mellan fötterna.
""", "bb", near="promenader/cykling rapporteras (fortsättning, 3 ej kodad)"),

N("D70-14-05", "2023-04-24", "Epikris", LKN, """
Epikris. Patienten har haft fyra besök under februari till mars med basal kroppskännedom och träning i att utföra arbetsmoment i köket med mindre spänning, samt information om långvarig smärta och råd om vardagsmotion med promenader på lunchen och cykling till arbetet. Hon upplever mindre värk i slutet av arbetsdagen och har inte haft någon korttidsfrånvaro sedan februari. Avslutas efter samtal med patienten, som inte önskar fortsatt kontakt just nu.
""", "e bb pa"),

# ---------------------------------------------------------------- D70-15
# Ekonom, 33 år, bröstrygg/nacke vid kontorsarbete. Skribent MÖ. Ingen information.
N("D70-15-01", "2024-09-02", "Nybesök", MO, """
Nb. 33 år, ekonom, kontor + hemarbete 2 d/v. Värk mellan skulderbladen + nacke sedan 1,5 år, värre vid långa dagar. Ingen strålning. Ergonomi på kontoret genomgången av FHV-ergonom i våras, fått ny stol och höj/sänkbart skrivbord. Tränade gym tidigare, slutat pga tidsbrist.
St: Ökad thorakal kyfos, ext + rot Th nedsatt bil. Segmentellt hypomobil Th4-Th7, ömt. Cx-ROM full, lätt smärta i ytterlägen. Nedsatt styrka nedre trapezius.
Bed: Thorakal rörlighetsnedsättning, långvarig ryggvärk, dekonditionering skuldergördel.
Åtg: Mob Th4-7 PA gr III-IV, manip Th5-6 (HVLA) m god effekt. Th-ext över foamroller, open book sidliggande – hemprg.
Plan: Åb 1 v.
""", "sf he",
  why="mob/manip + självmobilisering/stretch i hemprg = 4",
  near="ergonomi genomgången av FHV-ergonom tidigare (annan yrkesperson, före programmet; 1 ej kodad)"),

N("D70-15-02", "2024-09-09", "Återbesök", MO, """
Åb. Bättre, NRS 3. Mob Th enl tidigare. Nedre trap: prone Y, band pull-apart, skulderbladskontroll i väggglid. Hemprg uppdat.
""", "sf sm he"),

N("D70-15-03", "2024-09-23", "Återbesök", MO, """
Åb. Vill komma igång m gym. Individuellt gymprg: latsdrag 3x10, sittande rodd 3x10, hantelrodd, face pulls, hantelpress lutande bänk. Genomfört 1 varv m vikter anpassade, tål bra. Ska köra 2-3 ggr/v på sitt gym.
""", "wt he"),

N("D70-15-04", "2024-10-21", "Telefonkontakt", MO, """
Tel. Gymmar 2 ggr/v, ryggen ok, ingen värk de flesta dgr. Avslut, hör av sig vb.
""", ""),

# ---------------------------------------------------------------- D70-16
# Personlig assistent, 27 år, ländrygg, rörelserädsla. Skribent JR.
N("D70-16-01", "2024-02-19", "Nybesök", JR, """
NYBESÖK
Aktuellt:
- 27 år, personlig assistent åt brukare med CP, många förflyttningar säng–rullstol
- Ländryggsvärk sedan 1 år, förvärrad i oktober när brukaren föll och hon tog emot
- Oro för att "ryggen ska gå sönder", funderar på att byta yrke
- Sjukskriven 50 %
- Tränar inget just nu, spelade fotboll till 22 års ålder
Status:
- Flexion till golv, smärta på vägen upp
- Neurologi ua
- Bristande bålkontroll vid lyft från golv
Bedömning:
- Långvarig ospecifik ländryggssmärta, måttlig rörelserädsla (TSK 38)
Åtgärd:
- Info: ryggen är robust, smärta ≠ skada, varför smärta kan hålla i sig
- MI-samtal kring yrkesvalet: vad är viktigt för henne i jobbet, vad talar för att stanna resp. byta. Hon vill helst stanna kvar hos brukaren. Skattar viktighet 9, tilltro 4.
- Mål: klara förflyttningar utan rädsla, arbeta 100 %
Planering:
- ÅB 1 v, förflyttningsträning
""", "e act", why="MI om värderingar/motivation = 9 (mer än rutinmässig målformulering)",
  near="förflyttningsträning planerad"),

N("D70-16-02", "2024-02-27", "Återbesök", JR, """
ÅTERBESÖK
- Träning av förflyttning säng–rullstol i ADL-lägenheten med kollega från FHV som "brukare": glidlakan, vridplatta, arbetshöjd på sängen, egen position
- Motorisk kontroll: höftfällning, knäböj mot stol med neutral rygg
- Hemprogram: höftfällning + bird dog dagligen
""", "bb sm he"),

N("D70-16-03", "2024-03-05", "Återbesök", JR, """
ÅTERBESÖK
- Jobbat 50 %, gjort förflyttningarna med glidlakan, mindre ont
- Pratade om rädslan vid oväntade rörelser från brukaren – kan inte undvikas helt, hur kan hon ändå göra det hon värdesätter? Pat: "jag vill vara kvar för hans skull"
- Reaktiv bålträning: stå på balansplatta och parera knuffar från olika håll, fånga boll i obalans
Plan: ÅB 2 v
""", "act sm"),

N("D70-16-04", "2024-03-19", "Återbesök", JR, """
ÅTERBESÖK
- Saknar att röra på sig, har börjat titta på korpfotboll
- Råd: börja med löpintervaller 2–3 ggr/v (1 min lunk/1 min gång x 10), alternativt cykla; öka successivt
- Hemprogram utökat med enbensknäböj och sidoplanka
- Tilltro till att klara jobbet nu 7/10
Plan: tel om 3 v
""", "pa sm he", near="tilltro 7/10 = skattning, inte insats"),

N("D70-16-05", "2024-04-09", "Telefonkontakt", JR, """
TELEFON
- Arbetar 75 %, ökar till 100 % 1/5 enl plan med AG och FK
- Lunkar 2 ggr/v
- Avslut överenskommet, epikris
""", ""),

N("D70-16-06", "2024-04-10", "Epikris", JR, """
EPIKRIS
- 4 besök + 1 tel 19/2–9/4 2024
- Insatser: smärtinformation, MI och värderingsbaserade samtal, arbete med rörelserädsla, förflyttningsträning i ADL-lägenhet, motorisk kontroll- och reaktiv bålträning, råd om löpintervaller, hemprogram
- TSK 38 → 27
- Avslut
""", "e act bb sm pa he"),

# ---------------------------------------------------------------- D70-17
# Processoperatör, 53 år, ländrygg, låg kondition. Skribent AB.
N("D70-17-01", "2023-10-09", "Nybesök", AB, """
Anamnes: 53-årig man, processoperatör på kraftvärmeverket, skiftarbete. Ländryggsvärk sedan 6–7 år, tilltagande. BMI 34, typ 2-diabetes (tablettbehandlad). Mest stillasittande vid skärmar, ibland tunga ronder med trappor. Rör sig lite på fritiden. Ej sjukskriven. Motiverad att "komma i form".
Status: Lumbal rörlighet lätt nedsatt i alla riktningar, ingen neurologi. Submaximalt cykeltest (Ekblom-Bak): VO2max beräknat 25 ml/kg/min.
Bedömning: Långvarig ländryggssmärta, låg fysisk kapacitet.
Åtgärd: Information om sambandet mellan fysisk aktivitet, vikt, diabetes och ryggsmärta. FaR utfärdad: promenad 30 min 5 dagar/v med successiv ökning, samt cykling 2 ggr/v 20 min.
Planering: ÅB 2 v, introduktion i gymmet.
KVÅ: DV002
""", "e pa", why="FaR = individuellt råd om fysisk aktivitet (3); FaR räknas inte som home_exercise",
  near="Ekblom-Bak cykeltest = test (6 ej kodad)"),

N("D70-17-02", "2023-10-23", "Återbesök", AB, """
Aktuellt: Har promenerat 4 dagar/v, 20–30 min. Ryggen oförändrad.
Åtgärd: Uppvärmning på motionscykel 10 min tillsammans. Introduktion i gymmet: benpress 3x12, sittande rodd 3x12, latsdrag 3x12, ryggresning i maskin 2x15, magmaskin 2x15. Individuellt program utskrivet att köra 2 ggr/v på företagets gym.
Planering: ÅB 3 v.
""", "pap wt he"),

N("D70-17-03", "2023-11-13", "Återbesök", AB, """
Aktuellt: Gymmat 1–2 ggr/v. Ryggvärken mindre efter passen.
Åtgärd: Cykel 15 min intervaller tillsammans. Progression: benpress 70 kg, rodd 40 kg. Råd om att lägga in en längre promenad på helgen, gärna 60 min längs Svartån.
Planering: ÅB 4 v.
""", "pap wt pa"),

N("D70-17-04", "2023-12-11", "Återbesök", AB, """
Aktuellt: Vikt -3 kg. Promenerar 5 d/v. Gymmat 2 ggr/v.
Status: Ekblom-Bak: VO2max 28 ml/kg/min.
Åtgärd: Programmet genomgånget, oförändrat. Pat vill fortsätta på egen hand.
Planering: Avslut, epikris.
""", "", near="test + genomgång av oförändrat program (fortsättning; 7/home_exercise ej kodade)"),

N("D70-17-05", "2023-12-12", "Epikris", AB, """
Epikris. 4 besök 2023-10-09 – 2023-12-11. Långvarig ländryggssmärta, låg fysisk kapacitet. Insatser: information om fysisk aktivitet och hälsa, FaR (promenader, cykling), konditionsträning på cykel under besöken, individuellt styrketräningsprogram på gym. VO2max 25 → 28. NRS 6 → 4. Avslutas.
""", "e pa pap wt he"),

# ---------------------------------------------------------------- D70-18
# Specialpedagog, 57 år, nackvärk med cervikogen yrsel. Skribent LKN.
N("D70-18-01", "2024-08-26", "Nybesök", LKN, """
Patienten är en 57-årig kvinna som arbetar som specialpedagog på en grundskola. Hon har haft nackvärk i många år men sedan i våras också en ostadighetskänsla och yrsel när hon vrider huvudet snabbt eller går i folkmassor. Hon har utretts på öronkliniken där man inte funnit något vestibulärt fel och BPPV har uteslutits. Hon har även gått till en naprapat privat några gånger.
Vid undersökningen är nackens rotation nedsatt, 55 grader åt båda håll, och hon har svårt att hålla blicken fixerad när huvudet vrids. Joint position error-test visar fel på 6–7 cm vid återgång från rotation, vilket talar för nedsatt proprioception i nacken. Rombergs test normalt, tandemstående med slutna ögon ostadigt.
Bedömning: cervikogen yrsel med nedsatt sensomotorisk kontroll i nacken.
Jag informerade om att yrseln sannolikt har sitt ursprung i nackens känselsystem och att detta går att träna. Vi började med övningar för ögon–huvudkoordination med blicken på en punkt medan hon långsamt vrider huvudet, samt lasersikte på pannband mot en tavla för att träna ledpositionssinnet. Hon fick övningarna med sig hem, tre gånger om dagen några minuter.
""", "e sm he", near="JPE/Romberg/tandem = tester; naprapat (annan vårdgivare)"),

N("D70-18-02", "2024-09-02", "Behandling", LKN, """
Hon har gjort övningarna och tycker att yrseln är något mindre. Vi gjorde ledmobilisering av övre halsryggen i rotation och mjukdelsbehandling av de suboccipitala musklerna, och därefter progredierade vi koordinationsövningarna till stående på mjukt underlag. Hon verkar spänd och andas högt upp i bröstet.
""", "sf sm", near="observation av högt förlagd andning (ingen andningsövning, 8 ej kodad)"),

N("D70-18-03", "2024-09-16", "Behandling", LKN, """
Nackens rotation är nu 65 grader. Hon beskriver att hon spänner sig mycket i skolan och att hon "glömmer att andas". Vi arbetade med andningsövningar och avspänning i sittande, där hon fick fokusera på utandningen och på att låta axlarna sjunka. Hon fick en kort avslappningsövning att göra i bilen innan arbetsdagen börjar. Mobilisering av övre halsryggen enligt tidigare.
""", "rx he sf"),

N("D70-18-04", "2024-10-07", "Telefonkontakt", LKN, """
Patienten ringer och berättar att hon mår bättre, yrseln kommer bara ibland i trängsel. Hon undrar om hon ska fortsätta med alla övningarna. Jag rådde henne att behålla övningarna på mjukt underlag och ögon–huvudkoordinationen men att hon kan gå ned till en gång per dag. Vi bokar ett sista besök.
""", "sm he",
  why="fysioterapeuten ordinerar om hemövningarna (urval + ny dos) = 2 + home_exercise; jfr D70-03-04 där bara 'fortsätt' (se README)"),

N("D70-18-05", "2024-10-21", "Epikris", LKN, """
Avslutande besök och epikris. Joint position error idag 3 cm, yrseln är i stort sett borta och nackvärken har minskat, NRS 5 → 2. Sammanfattning: patienten har haft fyra besök inklusive dagens och en telefonkontakt under hösten för nackvärk med cervikogen yrsel. Hon har fått information, sensomotorisk träning med ögon–huvudkoordination och ledpositionssinne, ledmobilisering och mjukdelsbehandling av övre halsryggen samt andnings- och avslappningsövningar. Hon har haft hemövningar under hela perioden. Avslutas.
""", "e sm sf rx he"),

# ---------------------------------------------------------------- D70-19
# Undersköterska hemtjänst, 31 år, subakromiell smärta vä. Skribent MÖ. Avbruten, ingen epikris.
N("D70-19-01", "2024-10-14", "Nybesök", MO, """
Nb. 31 år, usk hemtjänst. Vä axel sedan 5 mån, debut vid förflyttning av brukare. Värk vid abd, nattvärk ibland. Sjukskr 25 %. Tränat själv m gummiband efter YouTube.
St: Aktiv abd 150 m smärtsam båge 80-120. ER-styrka nedsatt vä. Skapulär dyskinesi vä. Impingementtester pos.
Bed: Subakromiell smärta vä.
Åtg: Kinesiotejp skuldra vä. Skapulasetting, ER i sidliggande utan vikt. Instr i hemprg.
Plan: Åb 1 v.
""", "sf sm he",
  why="'instr i hemprg' = instruktion i övningar, home_exercise (inte 1)",
  near="egen gummibandsträning från YouTube (egen aktivitet)"),

N("D70-19-02", "2024-10-22", "Återbesök", MO, """
Åb. Tejpen hjälpte. Nattvärk borta. Ny tejp. Progr: ER m band stående, wall slides m lift-off. Hemprg uppdat. Åb 2 v.
""", "sf sm he"),

N("D70-19-03", "2024-11-05", "Uteblivet besök", MO, """
Pat ej kommit, ej avbokat. Brev skickat.
""", ""),

N("D70-19-04", "2024-11-12", "Telefonkontakt", MO, """
Tel. Pat ringer, glömt förra tiden pga sjukt barn. Axeln mkt bättre, arbetar 100 % sedan 1/11. Vill avvakta ny tid, hör av sig själv vb. Avslutas i nuläget.
""", ""),

# ---------------------------------------------------------------- D70-20
# HR-konsult, 46 år, utbredd smärta + sömnproblem. Skribent JR.
N("D70-20-01", "2023-04-17", "Nybesök", JR, """
NYBESÖK
Aktuellt:
- 46 år, HR-konsult internt på industriföretag, många möten + resor
- Utbredd värk (nacke, axlar, rygg, höfter) sedan 2020, sömnsvårigheter, "hjärnan stänger aldrig av"
- Utredd på reumatologen 2022, ingen inflammatorisk sjukdom. Ej sjukskriven.
- Har provat en yoga-app, slutade efter 2 v
- Tidigare löpare, springer inte längre av rädsla att "förstöra" kroppen
Status:
- Generell ömhet, god rörlighet, inga neurologiska fynd
- Andning: övre kostal, snabb
Bedömning:
- Långvarig utbredd smärta, sannolikt nociplastisk, stress/sömnpåverkan
Åtgärd:
- Smärtfysiologi: central sensitisering, sömnens betydelse, att värken inte beror på skada i vävnaden
- Mål: sova 6 h/natt, springa 5 km igen
Planering:
- ÅB 1 v, mindfulness, ev akupunktur för sömnen
""", "e", near="yoga-app tidigare; mindfulness/akupunktur planerade; målformulering"),

N("D70-20-02", "2023-04-24", "Återbesök", JR, """
ÅTERBESÖK
- Mindfulness: 10 min andningsankare i sittande, därefter gående mindfulness i korridoren med uppmärksamhet på fotsulorna
- Pat: "första gången på länge jag inte tänkt på jobbet på tio minuter"
- Hemuppgift: 5–10 min mindfulness/dag med ljudfil
- Akupunktur 10 nålar enl sömnprotokoll (HT7, SP6, LR3, GV20, Yintang m fl), 25 min
Plan: ÅB 1 v
KVÅ: DU032, DA001
""", "rx he ss", why="mindfulness som hemuppgift = 8 + home_exercise (regim att göra på egen hand)"),

N("D70-20-03", "2023-05-02", "Återbesök", JR, """
ÅTERBESÖK
- Sovit bättre 3 nätter efter akupunkturen
- Pratade om löpningen: vad den betyder för henne (frihet, egen tid). Rädslan: att värken ska bli värre. Vi undersökte om hon är villig att ha lite ont för att få tillbaka något hon värderar. Pat: ja.
- Råd: börja med gång-lunk-intervaller 3 ggr/v, 20 min, värk upp till 5/10 under passet är ok
- Akupunktur enl tidigare 25 min
Plan: ÅB 2 v
""", "act pa ss"),

N("D70-20-04", "2023-05-16", "Telefonkontakt", JR, """
TELEFON
- Pat måste avboka, tjänsteresa till Tyskland
- Lunkat 4 ggr, "kroppen klarade det", värk 3–4/10 efteråt
- Ny tid 30/5
""", ""),

N("D70-20-05", "2023-05-30", "Återbesök", JR, """
ÅTERBESÖK
- Sömn i snitt 5,5 h/natt senaste veckan
- Vill ej ha mer akupunktur, tycker inte att det behövs längre
- Kroppsscanning i liggande 15 min
- Hur hon kan ta med mindfulness in i arbetsdagen: tre medvetna andetag före varje möte
- Gång-lunk: öka till 25 min, fler lunkintervaller
Plan: tel om 4 v, därefter avslut
""", "rx he pa",
  why="tre andetag före möten = mindfulnessregim på arbetet (8 + home_exercise); ny dos gång-lunk = 3",
  near="akupunktur avböjd (5 ej kodad)"),

N("D70-20-06", "2023-06-27", "Epikris", JR, """
EPIKRIS
- 4 besök + 2 tel (varav uppföljning idag) 17/4–27/6 2023
- Insatser: smärtfysiologisk information, mindfulness med hemuppgifter, akupunktur x2 för sömnen, ACT-inspirerat arbete med värderingar/rörelserädsla kring löpningen, råd om gång-lunkintervaller
- Sover ca 6 h/natt. Sprang 5 km 24/6.
- Avslut
""", "e rx he ss act pa"),
]

# -*- coding: utf-8 -*-
"""Swedish notes, patients D71-11 .. D71-20 (hand-written, fictional)."""
from common import N, KL, JB, AH, PN

PATIENTS_B = []

# ---------------------------------------------------------------------------
# D71-11  Johan Bergström (Eslöv), lumbago with S1 radiculopathy, TENS
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-11", [
N("D71-11-01", "2024-01-09", "Nybesök", JB, """
NB. 41 år kv, förskollärare. Lumbago m ischias vä sed 10 v. Utstr vä ben till lat fot, domn. Ingen blåsa/tarmpåverkan, ingen ridbyxeanestesi. MR: diskbråck L5-S1 vä m rotkontakt S1. Ortoped: konservativ beh.
NRS rygg 4, ben 7. ODI 44 %.
Status: Antalgisk hållning, shift åt hö. SLR vä 40° pos, hö neg. Achillesrefl vä nedsatt, sens nedsatt lat fot vä, tåhävning vä 8 st (hö 20).
Bed: Lumbago m radikulopati S1 vä (M51.1K).
Inf om diskbråck och oftast gynnsamt förlopp, varningssymtom (blåsa/tarm/ridbyxa → akut).
Beh: Neural mob vä ben, slider-teknik i ryggliggande 2 x 10. Hem: samma 2 x 10, 3 ggr/dag.
Plan: ÅB 1 v.
""", "c01 c04 home"),
# neural mobilisation -> c04 (BetterBack form lists nerve mobilisation under manual therapy)

N("D71-11-02", "2024-01-16", "Återbesök", JB, """
ÅB. Ben NRS 5. Sover dåligt pga bensmärtan.
Beh: Manuell traktion lumbalt i ryggliggande 3 x 1 min, därefter neural mob. TENS provat 20 min lumbalt + vä vad, pat upplever lindring (ben 5→3). TENS utlånad, instr.
Plan: ÅB 1 v.
""", "c04 c05"),
# TENS lent for home use = sensory stimulation, not a home exercise

N("D71-11-03", "2024-01-23", "Återbesök", JB, """
ÅB. Använder TENS kvällar, sover bättre. Ben NRS 3, rygg 3. SLR vä 60°.
Beh: Traktion + neural mob. Påbörjat bålstab: bäckenlyft, fyrfota, sidoplanka på knä. Hemprogr: lagt till bäckenlyft + fyrfota 3x10.
Plan: ÅB 2 v.
""", "c02 c04 home"),

N("D71-11-04", "2024-02-13", "Återbesök", JB, """
ÅB. Ben NRS 1–2, domning kvarstår lat fot. Arbetar heltid.
Status: SLR vä 75°. Tåhävning vä 15.
Beh: Stab-progr i stående. Tåhävningar vä på trappsteg 3x15 hemma.
Plan: tel 4 v.
""", "c02 home"),

N("D71-11-05", "2024-03-12", "Telefonkontakt", JB, """
Tel. Mår bra, ben NRS 1. TENS återlämnad. Fortsätter hemprogrammet själv. Avslutas.
""", ""),
# continuing reported only
]))

# ---------------------------------------------------------------------------
# D71-12  Amira Haddad (Lund), work-related neck pain
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-12", [
N("D71-12-01", "2024-04-08", "Nybesök", AH, """
Patienten är en 39-årig kvinna som arbetar som ekonom med mycket datorarbete. Hon har sedan i höstas haft värk i nacken och mellan skulderbladen, värst mot slutet av arbetsdagen, ibland med huvudvärk. Inga domningar eller kraftnedsättning i armarna. Hon sprang tidigare men har slutat sedan hon bytte jobb och fick längre pendlingsavstånd.

Vid undersökningen ses framskjuten huvudhållning och protraherade skuldror. Nackens rörlighet är något nedsatt i rotation åt vänster. Kraniocervikalt flexionstest visar att hon inte håller 24 mmHg utan att kompensera med ytliga flexorer. Ömhet över levator scapulae och övre trapezius. NDI 14/50, NRS 5.

Bedömning: Nacksmärta med nedsatt motorisk kontroll i djupa nackflexorer och skapulära muskler, arbetsrelaterad belastning (M54.2).

Jag informerade om sambandet mellan statisk belastning och smärta och om att variation är viktigare än en "perfekt" hållning. Vi gick igenom hennes arbetsplats utifrån foton hon tagit: skärmhöjd, bordshöjd och telefonanvändning. Hon instruerades i aktivering av djupa nackflexorer i ryggliggande med tryckbiofeedback samt skulderbladskontroll i sittande, att göra hemma två gånger dagligen. Återbesök om två veckor.
""", "c01 c02 home"),

N("D71-12-02", "2024-04-22", "Återbesök", AH, """
Hon har gjort övningarna och tycker att hon känner skillnad i slutet av dagen. Hon har höjt skärmen och tar pauser med en timer. Vid kontroll håller hon 26 mmHg i tio sekunder utan kompensation. Vi lade till stretching av övre trapezius och levator scapulae, 3 x 30 sekunder, som hon kan göra under arbetsdagen, och progredierade skulderbladsträningen med gummiband i stående. Jag rekommenderade henne också att börja springa igen i liten dos, till exempel två till tre korta pass i veckan med gång- och löpintervaller, eftersom hon saknar det och det är bra för nacken att vara fysiskt aktiv.
""", "c02 c03 c04 home"),
# band used for scapular control -> c02, not c07 (README)

N("D71-12-03", "2024-05-06", "Återbesök", AH, """
Hon har en tung period på jobbet med bokslut och märker att hon spänner sig mer, nackvärken har ökat. Hon säger själv att hon "glömmer att andas". Vi provade en kort avslappningsövning med fokus på utandningen och att släppa axlarna, sittande vid ett bord som vid datorn, som hon kan göra någon minut flera gånger per dag på arbetet. Hon var skeptisk först men upplevde att axlarna sjönk. Avslutningsvis mjukdelsbehandling över övre trapezius.
""", "c04 c08 home"),

N("D71-12-04", "2024-05-27", "Telefonkontakt", AH, """
Telefonkontakt. Bokslutet är klart och hon mår bättre, NRS 2–3. Hon springer två gånger i veckan, fyra kilometer. Hon frågade om hon kan öka, och jag föreslog att hon lägger till ett tredje pass och håller tempot lågt. Återbesök bokat om tre veckor för avslut.
""", "c03"),

N("D71-12-05", "2024-06-17", "Återbesök", AH, """
Avslutande besök. NDI 5/50, NRS 1–2. Hon klarar arbetsdagarna utan huvudvärk. Hemprogrammet gicks igenom och kortades ned till tre övningar som hon gör på jobbet. Vi avslutar kontakten.
""", "home"),

N("D71-12-06", "2024-06-18", "Epikris", AH, """
Epikris. 39-årig kvinna med arbetsrelaterad nacksmärta. Fyra besök och en telefonkontakt april–juni 2024. Hon har fått information om belastning och arbetsplatsergonomi, motorisk kontrollträning för djupa nackflexorer och skulderblad, stretching, mjukdelsbehandling, en kort avslappningsövning för arbetsdagen, råd om att återuppta löpningen samt ett hemprogram. NDI 14 → 5. Avslutas.
""", "c01 c02 c03 c04 c08 home"),
]))

# ---------------------------------------------------------------------------
# D71-13  Per Nilsson (Eslöv), drop-out after one visit
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-13", [
N("D71-13-01", "2023-06-12", "Nybesök", PN, """
Nybesök
- 50 år, lantbrukare. LBP sedan 2 mån efter arbete i stallet. Ingen utstrålning. Inga RF.
- Har fått BetterBack-broschyren av läkaren på VC och läst den.
- NRS 5. ODI 24 %.
- Status: flex red 1/3, smärta L4-L5. Hypomobil L4-L5 vid PA-test. SLR neg. Neuro ua.
- Bedömning: LBP m segmentell rörlighetsnedsättning (M54.5, M99.0).
- Åtgärd: ledmobilisering PA gr III L4-L5 3 x 1 min. Efteråt flex red 1/4.
- Hemövningar avvaktas till nästa besök – hann inte idag.
- Plan: ÅB 1 v.
""", "c04"),
# brochure from the GP = other provider; home exercises deferred (never given)

N("D71-13-02", "2023-06-19", "Uteblivet besök", PN, """
Uteblivet besök
- Pat uteblev. Ringt utan svar. Ny kallelse skickad.
""", ""),

N("D71-13-03", "2023-06-28", "Telefonkontakt", PN, """
Telefon
- Pat ringer, ber om ursäkt för uteblivet besök – mitt i skörden. Ryggen betydligt bättre efter förra besöket, NRS 2.
- Vill inte boka ny tid nu.
- Informerad om att han kan söka igen via 1177 eller ringa mottagningen om besvären återkommer.
""", ""),
# administrative information about re-contact -> not c01

N("D71-13-04", "2023-06-29", "Epikris", PN, """
Epikris
- 1 besök 230612 m ledmobilisering L4-L5 (DN006). 1 uteblivet besök.
- Förbättrad enl tel 230628, NRS 5→2.
- Avslutas på pat:s begäran.
""", "c04"),
]))

# ---------------------------------------------------------------------------
# D71-14  Karin Lindqvist (Lund), post-partum LBP, gym + cross-trainer together
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-14", [
N("D71-14-01", "2024-08-26", "Nybesök", KL, """
Anamnes: 36-årig kvinna, sjuksköterska, två barn (3 och 6 år). Ländryggssmärta sedan förlossningen för 3 år sedan, förvärrad senaste halvåret. Ingen utstrålning. Har slutat träna helt – "orkar inte". Sprang tidigare. Inga röda flaggor.
Skattningar: NRS 5, ODI 28 %, STarT Back 3.
Status: Nedsatt uthållighet i bålmuskulaturen (Biering-Sørensen 35 s). Diastas ca 2 fingrar ovan naveln. Nedsatt lumbopelvin kontroll vid enbensstående och step-up. Rörlighet ua. Neuro ua.
Bedömning: Långvarig ländryggssmärta med nedsatt rörelsekontroll och dekonditionering (M54.5).
Åtgärd: Information om långvarig ländryggssmärta och om att träning med gradvis ökande belastning är säker och verksam, även om det gör lite ont. Grundläggande kontrollövningar för bål och bäcken instruerade: bäckenbottenaktivering i samordning med andningen, bäckenlyft, sidoliggande benlyft.
Hemprogram 1 ggr/dag.
Planering: ÅB 2 v, börja i träningssalen.
""", "c01 c02 home"),
# breathing here is part of pelvic floor activation, not relaxation

N("D71-14-02", "2024-09-09", "Återbesök", KL, """
Anamnes: Gör övningarna kvällstid.
Åtgärd: I träningssalen: uppvärmning på crosstrainer 10 min tillsammans, därefter styrketräning med individuellt anpassade vikter: benpress 3 x 10 (50 kg), marklyft med kettlebell 12 kg, sittande rodd, utfallssteg med hantlar. Gick bra, lätt ökad värk efteråt, NRS 4.
Planering: ÅB 1 v.
""", "c06 c07"),

N("D71-14-03", "2024-09-16", "Återbesök", KL, """
Anamnes: Träningsvärk 2 dagar, sedan bättre än före.
Åtgärd: Crosstrainer 12 min med intervaller. Styrkeprogrammet med ökad belastning (benpress 60 kg, kettlebell 16 kg). Programmet skrivet så att hon kan köra det själv på personalgymmet 2 ggr/v.
Råd: börja med korta jogg-/gångintervaller 2 ggr/v, t.ex. 1 min jogg/2 min gång i 20 min, som ett första steg tillbaka mot löpningen.
Planering: ÅB 3 v.
""", "c03 c06 c07 home"),

N("D71-14-04", "2024-10-07", "Återbesök", KL, """
Anamnes: Kör gymprogrammet 2 ggr/v. Joggar intervaller. NRS 2–3. Bättre ork med barnen.
Status: Biering-Sørensen 90 s.
Åtgärd: Progression av gymprogrammet: knäböj med skivstång, bulgarisk split squat med hantlar. Enbensstående på balansplatta med bäckenkontroll.
Planering: Tel om 4 v.
""", "c02 c07 home"),

N("D71-14-05", "2024-11-04", "Telefonkontakt", KL, """
Tel. Pat springer 5 km 2 ggr/v, gymmar 1–2 ggr/v. NRS 1–2. Nöjd. Avslutas. Epikris.
""", ""),

N("D71-14-06", "2024-11-05", "Epikris", KL, """
Epikris
Ländryggssmärta efter graviditet, dekonditionering. 4 besök + 1 telefonkontakt aug–nov 2024.
Behandling: information om långvarig smärta och träning, motorisk kontrollträning bål/bäcken, konditionsträning på crosstrainer under besöken, individuellt styrketräningsprogram i gym, råd om gradvis återgång till löpning, hemprogram.
KVÅ: QV007, QG004, QG003, QD016, QV011.
NRS 5 → 1–2, ODI 28 → 8 %.
""", "c01 c02 c03 c06 c07 home"),
]))

# ---------------------------------------------------------------------------
# D71-15  Amira Haddad (Lund), fear of movement after riding accident, BBAT
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-15", [
N("D71-15-01", "2023-10-02", "Nybesök", AH, """
Patienten är en 28-årig kvinna som studerar till socionom. Hon har haft ländryggssmärta i tre år efter en ridolycka där hon föll av hästen; röntgen då var normal. Sedan dess har hon slutat rida och undviker att böja sig och lyfta. Hon beskriver att hon känner sig "som en främling i sin egen kropp" och att hon ständigt är på sin vakt. Hon har samtal hos kurator på studenthälsan för oro.

NRS 6, ODI 32 %, TSK-11 36, STarT Back 7.

Vid undersökningen rör hon sig stelt och med hög muskelspänning i bålen, rörelserna är fragmenterade och andningen hög. Rörligheten i ländryggen är nedsatt i alla riktningar utan segmentella fynd. Neurologi u.a.

Bedömning: Långvarig ländryggssmärta med påtaglig rörelserädsla och nedsatt kroppskontakt (M54.5).

Vi pratade om hur kroppen kan fortsätta att skydda sig långt efter att vävnaden har läkt, och om hur undvikandet kan hålla kvar rädslan för att röra sig. Hon är intresserad av att prova basal kroppskännedom. Vi bokar in behandling varannan vecka.
""", "c01 c09"),
# talk about avoidance keeping fear of movement alive -> c09 by the manual ("content decides"); pain talk -> c01. Kurator = other provider.

N("D71-15-02", "2023-10-16", "Återbesök", AH, """
Första behandlingen med basal kroppskännedom. Vi började liggande med att känna efter kontakten mot underlaget och låta andningen komma och gå av sig själv, därefter små rörelser med bäckenet. Sedan i stående med fokus på balans och mittlinje. Hon blev tårögd och sade att det var länge sedan hon kände sig lugn i kroppen. Hon får göra de liggande rörelserna hemma.
""", "c10 home"),

N("D71-15-03", "2023-10-30", "Återbesök", AH, """
Hon har gjort de liggande rörelserna nästan varje kväll. Vi fortsatte med basal kroppskännedom i stående och gående. Därefter pratade vi om ridningen, som hon saknar och som har varit en stor del av hennes identitet. Hon kunde se att hon har gett upp mycket för att slippa känna rädsla och att rädslan ändå finns kvar. Vi gjorde en lista över saker hon undviker, och hon valde att börja med att böja sig ned och plocka upp saker från golvet hemma, medvetet och långsamt, också när det känns obehagligt.
""", "c09 c10"),
# the chosen exposure task at home is a committed action, not an exercise programme -> home 0 (README)

N("D71-15-04", "2023-11-13", "Återbesök", AH, """
Hon har plockat upp saker från golvet flera gånger per dag och tycker att det blivit mindre laddat. Idag tränade vi framåtböjning och lyft tillsammans, rörelser hon länge undvikit: först en tom låda, sedan en hink med vatten, som när hon bär vatten i stallet. Hon noterade spänningen i kroppen och använde andningen för att släppa taget. Vi avslutade med en stund av medveten närvaro i sittande med uppmärksamhet på ljud och andning. Hon har bokat ett besök i stallet hos en väninna för att bara vara nära hästarna.
""", "c08 c09 c10"),

N("D71-15-05", "2023-12-11", "Återbesök", AH, """
Sista planerade besöket. Hon har varit i stallet två gånger och borstat hästen, och har suttit upp en kort stund medan någon ledde hästen. NRS 4, ODI 18 %, TSK-11 25. Vi gick igenom hur hon kan hantera bakslag – att en dag med mer ont inte betyder att något har gått sönder – och att hon då kan gå tillbaka till de liggande rörelserna och andningen.
""", "c01 home"),

N("D71-15-06", "2023-12-12", "Epikris", AH, """
Epikris. 28-årig kvinna med långvarig ländryggssmärta och rörelserädsla efter ridolycka. Fem besök oktober–december 2023. Behandlingen har innehållit smärtinformation, basal kroppskännedom, ACT-inspirerat arbete med värderingar och gradvis exponering för undvikna rörelser, träning av lyft och bärande som i stallet, medveten närvaro samt hemövningar. NRS 6 → 4, ODI 32 → 18 %, TSK-11 36 → 25. Avslutas.
""", "c01 c08 c09 c10 home"),
]))

# ---------------------------------------------------------------------------
# D71-16  Per Nilsson (Eslöv), back group (BetterBack del 2), no home programme
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-16", [
N("D71-16-01", "2024-02-06", "Nybesök", PN, """
Nybesök
- 55 år, lastbilschaufför. Återkommande LBP i 10 år, nu skov sedan jan. Ingen utstrålning. Inga RF.
- Sitter mycket i jobbet. Röker 10 cig/d.
- NRS 5, ODI 26 %, STarT Back 3.
- Status: rörlig. Nedsatt uthållighet i bålen, svårt att hålla neutral ländrygg i fyrfota och vid knäböj.
- Bedömning: LBP m nedsatt rörelsekontroll (M54.5).
- Åtgärd: Information om ländryggsbesvär, BetterBack-broschyr. Erbjuden hemprogram – pat vill hellre träna i grupp, "blir aldrig av hemma".
- Plan: Ryggruppen tis + tors 6 v (BetterBack del 2), uppföljning efter 6 v.
""", "c01"),
# home programme declined

N("D71-16-02", "2024-02-13", "Gruppbesök", PN, """
Ryggrupp 1/12
- 8 deltagare. Uppvärmning på motionscykel 10 min, stationsträning: bålstabilitet (fyrfota, dead bug, sidoplanka), knäböj m kontroll, balansplatta. Nedvarvning.
- Pat deltog, genomförde alla stationer, sidoplanka på knä.
""", "c02 c06"),

N("D71-16-03", "2024-02-29", "Gruppbesök", PN, """
Ryggrupp 5/12
- Cykel 10 min. Stationer som tidigare + utfall, fågelhund.
- Teoripass 20 min: smärtfysiologi och ergonomi vid långa sittperioder.
- Pat deltog, bra utförande.
""", "c01 c02 c06"),

N("D71-16-04", "2024-03-21", "Gruppbesök", PN, """
Ryggrupp 11/12
- Pat har varit med på 10 av 11 pass.
- Cykel 10 min, stationsträning m progression (sidoplanka raka ben, enbens-bäckenlyft).
- Teoripass hölls av kollega Anna S. (leg. fysioterapeut): sömn och återhämtning vid ryggsmärta.
""", "c01 c02 c06"),
# theory slot by a physio colleague inside the same group programme -> counted (README)

N("D71-16-05", "2024-03-28", "Epikris", PN, """
Uppföljning och epikris
- NRS 2, ODI 12 %. Klarar långa körpass bättre.
- Pat vill fortsätta träna och har själv anmält sig till Friskis & Svettis ryggpass.
- Perioden: 1 nybesök, 11 grupppass (BetterBack del 2) m uppvärmning på cykel, bålstabilitets- och kontrollträning samt teoripass om smärta, ergonomi och sömn.
- KVÅ: QV012, QG004, QV007.
- Avslutas.
""", "c01 c02 c06"),
# Friskis signed up on his own -> not c03/home
]))

# ---------------------------------------------------------------------------
# D71-17  Johan Bergström (Eslöv), frozen shoulder
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-17", [
N("D71-17-01", "2023-04-11", "Nybesök", JB, """
NB. 58 år kv, kontorist. Vä axel smärta + stelhet sed 4 mån, inget trauma. Diabetes typ 2. Nattvärk. Kortisoninj hos VC-läk i feb, viss effekt.
NRS 6.
Status: Akt/pass flex 110°, abd 80°, utåtrot 15° (hö 80°). Kapsulärt mönster. Neuro ua. Cx ua.
Bed: Frusen skuldra vä, stelhetsfas (M75.0).
Inf om förloppet (ofta 1–2 år), att rörelse inom tolerabel smärta är ok.
Beh: Värme vä axel 10 min, ledmob gl-hum kaudalt + dorsalt gr III.
Hem: pendelövn, käppövn flex/utåtrot, 2–3 ggr/dag.
Akupunktur diskuterat – ej aktuellt nu, pat vill avvakta.
Plan: ÅB 1 v.
""", "c01 c04 home"),
# acupuncture discussed, not given; pendulum/stick ROM exercises -> home only

N("D71-17-02", "2023-04-18", "Återbesök", JB, """
ÅB. Nattvärk lite bättre. Utåtrot 20°.
Beh: Värme, ledmob gr III–IV, stretch bakre kapsel (cross-body) 3x30 s. Hem: lagt till cross-body-stretch.
""", "c04 home"),

N("D71-17-03", "2023-05-09", "Återbesök", JB, """
ÅB. Flex 125°, utåtrot 30°.
Beh: Ledmob gr IV. Styrka m hantel 1 kg: sidlyft till 70°, utåtrot i sidliggande 3x12. Hem: samma, m vattenflaska 0,5 l om hantel saknas.
""", "c04 c07 home"),

N("D71-17-04", "2023-06-13", "Återbesök", JB, """
ÅB. Flex 145°, utåtrot 45°. Ingen nattvärk. NRS 2.
Beh: Ledmob. Styrkeprogr progr: gummiband utåt-/inåtrot, rodd, hantel 1,5 kg. Hemprogr uppdat.
Plan: tel 6 v.
""", "c04 c07 home"),

N("D71-17-05", "2023-07-25", "Telefonkontakt", JB, """
Tel. Flex nästan full, utåtrot fortf begr. Ingen värk. Tränar hemma 3 ggr/v. Avslutas, hör av sig vid behov.
Epikris: Frusen skuldra vä. 4 besök + tel apr–jul 2023. Beh: värme, ledmobilisering, stretching, styrketräning m hantel/band, inf om förloppet, hemprogram.
""", "c01 c04 c07 home"),
# phone note that carries the discharge summary -> coded from the summary part
]))

# ---------------------------------------------------------------------------
# D71-18  Per Nilsson (Eslöv), neck pain, taping + motor control, no education
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-18", [
N("D71-18-01", "2024-05-13", "Nybesök", PN, """
Nybesök
- 44 år, snickare. Nacksmärta sedan 6 v efter mycket arbete ovanför huvudet (innertak). Ingen utstrålning, inga domningar. Inga RF.
- NRS 5, NDI 16/50.
- Status: ext nacke smärtsam, rot 70° bil. Nedsatt uthållighet djupa nackflexorer (CCFT 22 mmHg). Skapula: vä vinging vid armsänkning.
- Bedömning: nacksmärta m nedsatt motorisk kontroll (M54.2).
- Åtgärd: kinesiotejp längs nedre trapezius vä för skulderbladsposition. Instruerat djup nackflexion i ryggliggande 10 x 10 s och skulderbladskontroll i stående.
- Hemprogram: ovanstående 2 ggr/dag.
- Plan: ÅB 2 v.
""", "c02 c04 home"),

N("D71-18-02", "2024-05-27", "Återbesök", PN, """
Återbesök
- Tejpen satt 4 dagar, kändes bra. Gör övningarna mest på kvällen. NRS 3.
- Progression: nackflexion sittande m huvudnick, skapulakontroll m gummiband låg belastning, fyrfota m armlyft. Hemprogram uppdaterat med dessa.
- Ny tejpning.
- Plan: ÅB 2 v.
""", "c02 c04 home"),

N("D71-18-03", "2024-06-10", "Återbesök", PN, """
Återbesök
- NRS 1–2. Arbetat i tak en hel dag utan värk.
- CCFT 28 mmHg. Ingen vinging.
- Ingen tejp idag. Pat fortsätter själv med hemprogrammet.
- Plan: avslut, pat hör av sig vid behov.
""", ""),
# negated taping; CCFT = test; continuing reported only

N("D71-18-04", "2024-06-11", "Epikris", PN, """
Epikris
- Nacksmärta m nedsatt motorisk kontroll. 3 besök maj–juni 2024.
- Behandling: motorisk kontrollträning nacke/skapula, hemprogram.
- KVÅ: QG004, DN003.
- NRS 5→1–2, NDI 16→4.
- Avslutas.
""", "c02 c04 home"),
# c04 rests on KVÅ DN003 alone (taping/orthosis) -> see README ambiguities
]))

# ---------------------------------------------------------------------------
# D71-19  Karin Lindqvist (Lund), chronic LBP after disc surgery, acupuncture + TENS
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-19", [
N("D71-19-01", "2023-01-16", "Nybesök", KL, """
Anamnes: 49-årig man, slöjdlärare. Ländryggssmärta i 8 år, konstant värk med skov. Opererad för diskbråck L4-L5 2016, bensmärtan försvann men ryggvärken kvarstod. Har tidigare provat TENS (lånad via ortopeden) med viss effekt och akupunktur hos privat fysioterapeut som han tyckte hjälpte. Motionerar inte längre – "allt gör ont". Sover 5–6 h.
Skattningar: NRS 7, ODI 40 %, STarT Back 5.
Status: Ärr L4-L5 ua. Flexion begränsad, fingrar-golv 40 cm. Ext smärtsam. SLR neg bil. Neuro: lätt nedsatt sensibilitet L5 vä (kvarstående sedan op). Nedsatt rörelsekontroll i flexion.
Bedömning: Långvarig ländryggssmärta efter diskbråcksoperation (M54.5, M96.1).
Åtgärd: Information om långvarig smärta och om att ärrbildning och förändringar efter operation inte innebär att ryggen är skör. Motorisk kontroll i ryggliggande: bäckentippning, bentappning. Hemprogram. Pat önskar akupunktur – planeras från nästa besök.
Planering: ÅB 1 v.
""", "c01 c02 home"),
# earlier TENS/acupuncture = before the programme; acupuncture planned only

N("D71-19-02", "2023-01-23", "Återbesök", KL, """
Anamnes: Gör övningarna, "gör inte ondare".
Åtgärd: Akupunktur: BL23, BL25, GB30 bil, BL40 bil, 10 nålar, 20 min, manuell stimulering 2 ggr. Pat låg avslappnad under behandlingen.
Planering: ÅB 1 v, akupunktur ytterligare 3–4 ggr.
""", "c05"),
# "låg avslappnad" is a description, not a relaxation technique

N("D71-19-03", "2023-01-30", "Återbesök", KL, """
Anamnes: 2 nätter med bättre sömn efter akupunkturen.
Åtgärd: Akupunktur som ovan. Därefter kontrollövningar i fyrfota och sittande, progression av hemprogrammet.
Råd: börja promenera 20 min dagligen, gärna på lunchen, även om ryggen värker.
""", "c02 c03 c05 home"),

N("D71-19-04", "2023-02-13", "Återbesök", KL, """
Anamnes: Promenerar 4–5 dagar/v. NRS 5.
Åtgärd: Akupunktur 4:e ggn. TENS provat: konventionell, 2 kanaler lumbalt, 30 min i samband med akupunkturen. God effekt. Lånar apparat, instruerad i användning vid skov och inför långa lektionspass i slöjdsalen.
Planering: ÅB 2 v.
""", "c05"),

N("D71-19-05", "2023-02-27", "Återbesök", KL, """
Anamnes: Använt TENS dagligen under arbetsdagar.
Status: Fingrar-golv 25 cm. Stel thorakolumbalt.
Åtgärd: Mobilisering thorakolumbalt i sidoliggande, rotation gr III. Stretching av höftflexorer och hamstrings, instruerad att göra själv efter promenaden. Kontrollövningar i stående.
Planering: ÅB 3 v. Ev. gym senare.
""", "c02 c04 home"),

N("D71-19-06", "2023-03-20", "Återbesök", KL, """
Anamnes: NRS 4, ODI 26 %. Promenerar 30 min dagligen. Använder TENS mer sällan.
Åtgärd: Genomgång av hemprogrammet – 5 övningar, 3 ggr/v. Information om hur han kan hantera skov: TENS, anpassad aktivitet, fortsätta promenera men i kortare pass. Gym inte aktuellt – pat vill fortsätta hemma. Akupunkturen avslutad efter 4 ggr.
Planering: Avslut.
""", "c01 c03 home"),
# TENS named as a flare strategy, not delivered today; gym negated

N("D71-19-07", "2023-03-21", "Epikris", KL, """
Epikris
Långvarig ländryggssmärta efter diskbråcksoperation. 6 besök 2023-01-16 – 2023-03-20.
Behandling: smärtinformation och skovhantering, motorisk kontrollträning, akupunktur x 4, TENS (utlånad), mobilisering thorakolumbalt och stretching, råd om dagliga promenader, hemprogram.
KVÅ: QV007, QG004, DA001, DA021, DN006, DN009.
NRS 7 → 4, ODI 40 → 26 %. Lånet av TENS-apparaten förlängt 3 mån.
""", "c01 c02 c03 c04 c05 home"),
]))

# ---------------------------------------------------------------------------
# D71-20  Amira Haddad (Lund), home-care assistant, training of work activities
# ---------------------------------------------------------------------------
PATIENTS_B.append(("D71-20", [
N("D71-20-01", "2024-09-02", "Nybesök", AH, """
Patienten är en 52-årig kvinna som arbetar som undersköterska i hemtjänsten. Hon har varit sjukskriven på heltid i tre månader för ländryggssmärta som började efter att hon hjälpt en brukare upp från golvet. Smärtan sitter lumbalt och i höger skinka, utan strålning nedom knät. Hon vill tillbaka till arbetet men är osäker på om hon klarar förflyttningar, bäddning och att dammsuga hos brukarna. Hon har en avstämning med Försäkringskassan och arbetsgivaren om en månad.

NRS 5, ODI 36 %, STarT Back 4. PSFS: bädda säng 3, dammsuga 4, hjälpa brukare i och ur säng 2.

Vid undersökningen ses nedsatt flexion med smärta vid återgång. Hon har svårt att behålla neutral ländrygg vid framåtböjning och tar mycket belastning i ländryggen vid knäböj. Neurologi u.a.

Bedömning: Ländryggssmärta med nedsatt rörelsekontroll och arbetsrelaterad aktivitetsbegränsning (M54.5).

Vi pratade om ländryggssmärtans goda prognos och om hur vi kan arbeta mot hennes mål. Hon fick instruktion i höftfällning med en pinne längs ryggen och i knäböj mot stol, som hon ska öva hemma dagligen. Mål: åter i arbete 50 % om sex veckor.
""", "c01 c02 home"),
# PSFS + goal formulation = routine, not c09

N("D71-20-02", "2024-09-16", "Återbesök", AH, """
Hon har övat höftfällning och knäböj varje dag och tycker att rörelserna börjar sitta. Idag tränade vi specifika moment från hennes arbete: bäddning av en säng i vår träningslägenhet, där hon övade att sätta ett knä på sängen och använda benen i stället för att böja ryggen, och dammsugning med växling mellan utfallssteg och att flytta fötterna. Hon upptäckte att hon kunde bädda utan att smärtan ökade. Vi upprepade momenten tre gånger.
""", "c10"),

N("D71-20-03", "2024-09-30", "Återbesök", AH, """
Hon har bäddat och dammsugit hemma utan att det blivit sämre. Vi fortsatte med förflyttningsteknik: att hjälpa en person från liggande till sittande på sängkanten, med mig som "brukare", och att använda glidlakan. Bålkontroll i stående med gummiband och i utfallssteg. Hon undrade om hon borde vara mer fysiskt aktiv på fritiden; vi kom fram till att hon ska börja med vattengympa en gång i veckan och promenera med en kollega två gånger i veckan, eftersom hon tycker om att vara i vatten och det är bra för ryggen att röra sig.
""", "c02 c03 c10"),

N("D71-20-04", "2024-10-07", "Telefonkontakt", AH, """
Telefonkontakt inför avstämningsmötet. Hon är orolig för att inte klara arbetet och funderar på att be om förlängd sjukskrivning. Vi använde motiverande samtal för att utforska hennes egna skäl att återgå – ekonomin, arbetskamraterna och känslan av att vara behövd – och vad som skulle göra det lättare. Hon bestämde att hon ska föreslå 50 % med enbart förmiddagspass de första veckorna. På hennes begäran skriver jag ett utlåtande om hennes funktion till Försäkringskassan.
""", "c09"),

N("D71-20-05", "2024-10-28", "Återbesök", AH, """
Hon har arbetat 50 % i tre veckor, förmiddagar, och klarar bäddning och dammsugning. Förflyttningar gör hon tillsammans med en kollega. Hon går på vattengympa och promenerar. NRS 3, ODI 20 %. Hemprogrammet uppgraderades med enbensstående med bålrotation och utfallssteg med vridning, och vi repeterade förflyttningsteknik vid säng med höj- och sänkbar säng. Planerad upptrappning till 75 % om fyra veckor.
""", "c02 c10 home"),

N("D71-20-06", "2024-11-25", "Epikris", AH, """
Epikris. 52-årig undersköterska med ländryggssmärta och arbetsrelaterad aktivitetsbegränsning. Fyra besök och en telefonkontakt september–november 2024. Hon har fått information om ländryggssmärta, motorisk kontrollträning, träning av specifika arbetsmoment (bäddning, dammsugning, förflyttningar), råd om fysisk aktivitet på fritiden, motiverande samtal inför återgång i arbete samt hemprogram. Arbetar 75 % sedan en vecka. NRS 5 → 2, ODI 36 → 14 %. Avslutas.
""", "c01 c02 c03 c09 c10 home"),
]))

# -*- coding: utf-8 -*-
"""English notes, patients D71-E01 .. D71-E10 (hand-written, fictional).

Setting: NHS persistent-pain physiotherapy service, Glasgow (one-to-one sessions,
plus physio-led group exercise classes and a Nordic walking group).
"""
from common import N, FM, CR, AR, EK

PATIENTS_EN = []

# ---------------------------------------------------------------------------
# D71-E01  Fiona MacLeod, SOAP, persistent LBP, fear-avoidance
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E01", [
N("D71-E01-01", "2023-05-10", "Initial assessment", FM, """
S: 44F, school admin assistant. LBP 5 yrs, no clear onset. Constant ache L-spine, worse sitting >30 min and with housework. No leg sx. Red flags screened – nil. PMH: IBS, anxiety (GP managing, sertraline). Seen by MSK physio for 2 previous episodes – "exercises didn't help". Has reduced to 3 days/wk at work. Stopped swimming and going out with friends at weekends.
NRS 7/10. ODI 42%. PSEQ 24/60. TSK 41.
O: Guarded movement, breath holding on forward bend. Flex to mid-shin, ext full but painful. Neuro intact. SLR neg bilat. Widespread tenderness lumbar paraspinals. Poor lumbopelvic dissociation in sitting knee ext and hip hinge.
A: Persistent non-specific LBP with features of central sensitisation, fear-avoidance and low self-efficacy.
P: Discussed what pt hopes to get from the service. Pain education: difference between acute and persistent pain, "sensitive alarm system" explanation, hurt ≠ harm. Pt receptive. Plan 1:1 sessions fortnightly, consider gym-based class later.
""", "c01"),
# previous MSK physio = before the programme; gym class only considered

N("D71-E01-02", "2023-05-24", "Follow-up", FM, """
S: Has been thinking about last session, "makes sense". Flare after cleaning the whole house at the weekend.
O: Not reassessed.
A: Boom-bust pattern evident.
P: Pacing discussed – baselines for sitting and housework, breaking tasks into chunks. Started motor control work: supine TA activation with normal breathing, bent knee fall-outs, sitting hip hinge with dowel. Managed well, no increase in pain. HEP: 3 exercises daily, issued via PhysiTrack.
""", "c01 c02 home"),

N("D71-E01-03", "2023-06-07", "Follow-up", FM, """
S: Doing HEP most days. Pacing housework, "fewer crashes". Still avoiding swimming – worried it will "set her back".
O: Hip hinge – good control.
A: Fear-avoidance around swimming; values around friendships and being an active parent.
P: Values exercise – pt identified "being a fun mum" and "staying connected to my friends". Discussed how avoiding swimming is moving her away from these. Agreed committed action: one short swim (10 lengths) with her daughter this week, expecting some discomfort. Progressed HEP: bird dog, side-lying clam, single-leg stance.
""", "c02 c09 home"),
# the swim is a committed action agreed in values work -> c09, not c03 (README)

N("D71-E01-04", "2023-06-21", "Telephone consultation", FM, """
Telephone review (pt's request – childcare). Has swum twice, 10 and 16 lengths. Sore next day but settled. Advised to keep swimming 2x/wk and build by 2–4 lengths at a time, and to add a 15-min walk on non-swim days. F2F in 2 wks.
""", "c03"),

N("D71-E01-05", "2023-07-05", "Follow-up", FM, """
S: Swimming 2x/wk, walking most days. NRS 5. Anxious about going back to full-time hours.
O: —
A: Good progress. Stress contributing to pain.
P: Diaphragmatic breathing and a short body scan (5 min) practised in sitting; pt to use before work and at bedtime. Reviewed HEP – no changes. Discharge to be discussed next session.
""", "c08 home"),

N("D71-E01-06", "2023-08-02", "Discharge summary", FM, """
Discharge summary
Dx: persistent non-specific LBP.
Seen: 4 x F2F, 1 x telephone, May–Aug 2023.
Rx: pain neuroscience education, pacing, motor control exercises, ACT-informed values work and committed action (swimming), advice on swimming/walking progression, diaphragmatic breathing and body scan, HEP (PhysiTrack).
Outcomes: NRS 7→4, ODI 42→24%, PSEQ 24→41, TSK 41→30.
Now swims 2x/wk, walks daily, back to 4 days/wk at work. Discharged to self-management. Letter to GP.
""", "c01 c02 c03 c08 c09 home"),
]))

# ---------------------------------------------------------------------------
# D71-E02  Callum Reid, terse, persistent neck pain + cervicogenic headache
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E02", [
N("D71-E02-01", "2023-09-12", "Initial assessment", CR, """
IA. 51M, bus mechanic. c/o R neck + upper trap pain 18/12, gradual onset. Worse overhead work, driving. Intermittent HA. No arm sx. No RF. Seen by chiro privately 2022 – manips, short-lived relief.
NRS 6/10. NDI 36%.
O/E: Cx ROM rot R 50° L 70°, ext limited + P. Upper Cx PAIVMs stiff C1-C3 R. Neuro NAD. TTP R upper trap, lev scap. DNF endurance poor (<10 s).
Imp: persistent mechanical neck pain, cervicogenic HA component.
Rx: explained findings – stiffness/sensitivity rather than damage. Upper Cx mobs C1-C2 R gr III, STM upper trap.
HEP: supine chin tucks 10x10s, Cx rotation AROM.
Plan: r/v 2/52, ?acupuncture.
""", "c01 c02 c04 home"),
# chin tucks = deep neck flexor motor control -> c02; chiro earlier = other provider; ?acupuncture = plan

N("D71-E02-02", "2023-09-26", "Follow-up", CR, """
FU. HA less freq (2/wk). Neck NRS 5. HEP ok.
Acupuncture consent obtained, contraindications screened – nil.
Acup: GB20 bilat, GB21 R, LI4 bilat + 2 local TrPs R upper trap. 25 min. Tolerated well, mild deqi.
Cx mobs as before.
Plan: r/v 1/52, acup x3–4.
""", "c04 c05"),
# consent/contraindication screening is not education

N("D71-E02-03", "2023-10-03", "Follow-up", CR, """
FU. "Best week in ages." NRS 3.
Acup as per last session.
Kinesio tape R upper trap/scapula, to wear at work for 3 days.
Progressed HEP – DNF in sitting w head nod, scap retraction + depression w light TB.
""", "c02 c04 c05 home"),

N("D71-E02-04", "2023-10-17", "Follow-up", CR, """
FU. NRS 3. HA 1x in 2 wks.
Acup – 3rd and final session, same points.
Pt asked about using the gym at work – plan to set up programme next appt.
r/v 3/52.
""", "c05"),
# gym programme only planned (never done, see E02-05)

N("D71-E02-05", "2023-11-07", "Discharge summary", CR, """
D/C. Pt phoned to cancel r/v – feels much improved, NRS 2, HA rare. Doesn't want gym programme now, happy to self-manage with HEP.
Summary: 4 sessions Sept–Oct 2023. Rx: explanation of findings, upper Cx mobs + STM, acupuncture x3, kinesio taping, DNF/scapular motor control ex, HEP.
NDI 36→12%. D/C to GP.
""", "c01 c02 c04 c05 home"),
]))

# ---------------------------------------------------------------------------
# D71-E03  Aisha Rahman, dictated prose, fibromyalgia / widespread pain
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E03", [
N("D71-E03-01", "2024-01-17", "Initial assessment", AR, """
I saw this 38-year-old lady today for assessment in the persistent pain physiotherapy service. She was referred by her GP with a diagnosis of fibromyalgia, confirmed by rheumatology in 2022. She describes widespread pain affecting her neck, back, hips and arms, with marked fatigue and unrefreshing sleep. She works part-time as a dental receptionist and is a single parent of two boys aged 9 and 12. She tells me she has "stopped doing everything" and particularly misses hillwalking, which she used to do most weekends. She finds hanging out the washing and carrying the shopping especially difficult. She previously attended a hydrotherapy group and found it helpful while it lasted.

On examination she moved slowly but had full range in all major joints. There was widespread tenderness. Neurological examination was unremarkable. NRS 7/10, FIQR 64, PSEQ 18/60.

We spent much of the session talking about her understanding of fibromyalgia. I explained current thinking around nervous system sensitivity and how sleep, stress and activity levels interact with pain. We agreed to meet fortnightly, and she will keep an activity diary for the next two weeks.
""", "c01"),
# hydrotherapy earlier = before the programme; activity diary is not an exercise

N("D71-E03-02", "2024-01-31", "Follow-up", AR, """
Her activity diary showed a clear pattern of overdoing things on good days, followed by two or three days in bed. We discussed pacing and set baselines for her main activities, including housework and walking. We also talked about what matters to her – being present for her boys and getting back to the hills – and how the struggle with pain has been taking up much of her energy. She found this emotional but useful. I introduced a brief mindfulness practice, noticing the breath and the sounds in the room for about five minutes, which she would like to try at home each evening.
""", "c01 c08 c09 home"),

N("D71-E03-03", "2024-02-14", "Follow-up", AR, """
She has managed the mindfulness practice most evenings and feels she is sleeping slightly better. Today we practised two of the activities she finds hardest. First, hanging out washing using the clothes horse in the department: we broke the task into parts, alternating reaching up with lower positions, and she noticed that she held her breath and tensed her shoulders. Second, carrying shopping bags, dividing the load between two bags and taking a short route along the corridor. She completed both with pain at 6/10 but felt more confident. She will try the same approach at home.
""", "c10"),
# trying the approach at home = daily activity, not an exercise programme -> home 0 (README)

N("D71-E03-04", "2024-03-06", "Telephone consultation", AR, """
Telephone consultation, as she was unable to attend in person because of a flare-up following a viral illness. We talked through her flare-up plan – reducing to a lower baseline for a few days rather than stopping everything, and using her evening routine to help with sleep. She has reduced her activities but kept up a short walk each day. I advised her to keep walking daily at the reduced level for the next week and then build back up by a few minutes every second day. She has kept up her evening mindfulness practice.
""", "c01 c03"),
# mindfulness only reported as continued -> not c08 here

N("D71-E03-05", "2024-03-27", "Follow-up", AR, """
She is back to her baseline and has walked up to 40 minutes on the flat. She has been out for a short walk on the Cathkin Braes with her boys. We discussed a longer-term plan for returning to hillwalking: building her walking time first and then including gentle inclines, and she would like to join a local Ramblers group in the summer. I also showed her three gentle strengthening exercises for her legs – sit to stand, step-ups and calf raises – to do at home three times a week to support her walking.
""", "c03 home"),
# body-weight leg strengthening -> home only (not c07, no equipment)

N("D71-E03-06", "2024-04-24", "Discharge summary", AR, """
Discharge summary. Seen for four sessions and one telephone consultation between January and April 2024 for fibromyalgia-related widespread pain. Intervention included education on pain and fibromyalgia, pacing, ACT-informed work on values, mindfulness practice, practice of specific daily activities (hanging out washing, carrying shopping), walking advice and a home exercise programme. NRS 7 → 5, FIQR 64 → 45, PSEQ 18 → 34. She has been discharged with a self-management plan.
""", "c01 c03 c08 c09 c10 home"),
]))

# ---------------------------------------------------------------------------
# D71-E04  Euan Kerr, bullets, "Back on Track" group exercise class, no education
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E04", [
N("D71-E04-01", "2023-10-02", "Initial assessment", EK, """
Initial assessment (pre-class screen)
- 60M, retired postman. CLBP ~10 yrs, recent increase after stopping his walking routine during his wife's illness.
- No RF. HTN controlled. Cleared for exercise by GP (letter on file).
- NRS 5/10, ODI 30%, 6MWT 420 m.
- Flex ¾ range, ext ½, both P. SLR neg. Neuro NAD.
- Reduced trunk endurance and balance (SLS 5 s L and R).
- Plan: enrol in 8-wk Back on Track class (Mon), 1:1 review at wk 4 and end.
- Pt keen – "I need the structure".
""", ""),
# assessment and tests only; class only planned

N("D71-E04-02", "2023-10-16", "Group class", EK, """
Back on Track class wk 2
- Attended. 9 pts.
- Warm-up 10 min on static bikes/treadmill, supervised.
- Circuit: bridges, bird dog, side-lying clams, SLS on foam, step-ups, leg press (machine) 3x10 @ 40 kg, seated row machine 3x10 @ 25 kg.
- Cool-down (group).
- Completed all stations, RPE 13. No adverse response.
""", "c02 c06 c07"),

N("D71-E04-03", "2023-10-30", "Group class", EK, """
Back on Track class wk 4
- Attended. 1:1 review after class.
- Education slot this wk delivered by OT colleague (sleep and fatigue) – pt attended.
- Circuit as per wk 2, leg press progressed to 50 kg, row 30 kg. Added Pallof press on cable.
- Review: NRS 4, SLS 10 s. Issued HEP sheet: bridges, bird dog, SLS at kitchen worktop daily.
""", "c02 c07 home"),
# OT-led education slot = other provider -> c01 0; warm-up not documented this week

N("D71-E04-04", "2023-11-13", "Group class", EK, """
Back on Track class wk 6
- Attended.
- Warm-up 10 min treadmill, supervised – walked at 4.5 km/h, 2% incline.
- Circuit + leg press 55 kg, row 30 kg, farmer's carry 2 x 10 kg.
- Reports doing HEP 4–5x/wk.
""", "c06 c07"),

N("D71-E04-05", "2023-12-04", "Discharge summary", EK, """
Discharge summary (end of class)
- Attended 7/8 classes (missed wk 7 – cold).
- Class content: supervised aerobic warm-up (bike/treadmill), trunk control and balance exercises, machine-based strengthening (leg press, seated row, cable), HEP.
- Outcomes: NRS 5→3, ODI 30→18%, 6MWT 420→505 m, SLS 5→14 s.
- Pt planning to join a Glasgow Club gym – given a copy of his programme to take with him.
- Discharged.
""", "c02 c06 c07 home"),
]))

# ---------------------------------------------------------------------------
# D71-E05  Fiona MacLeod, SOAP, hip OA + LBP, gym and activity practice
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E05", [
N("D71-E05-01", "2024-02-06", "Initial assessment", FM, """
S: 56F, care home cook. Persistent R hip and LBP 3 yrs. X-ray (2023): mild R hip OA, lumbar spondylosis. Ortho: not for surgery. Difficulty getting in/out of car, lifting grandson's car seat, standing at work >2 h. Walks dog 20 min/day. Wants to "be stronger".
NRS 6. ODI 38%. HOOS-PS 45.
O: R hip IR 10°, flex 95°, P at end range. Trendelenburg +ve R. 5x sit-to-stand 16 s. Lumbar flex/ext full, mild P. Neuro NAD.
A: Persistent hip/LBP, R hip OA with marked abductor weakness and deconditioning.
P: Explained OA and that loading/exercise is safe and helps joint health. Started hip abductor/glute strengthening: side-lying abd, bridges, standing hip abd with resistance band. HEP 3x/wk.
""", "c01 c07 home"),
# band resistance for strengthening -> c07 (README); dog walking = her own activity

N("D71-E05-02", "2024-02-20", "Follow-up", FM, """
S: HEP 3x/wk, "muscle ache but OK".
O: —
P: Gym session with physio: cross-trainer 8 min warm-up together, then leg press 3x10 @ 30 kg, hip abductor machine 3x12 @ 20 kg, step-ups onto 20 cm box holding 4 kg dumbbells, cable hip ext. Practised getting in/out of a car seat using the department's car-transfer rig (sit first, then swing legs in), and lifting a weighted car seat (8 kg) from floor to waist height with a hip hinge. Confident after 3 reps.
""", "c06 c07 c10"),

N("D71-E05-03", "2024-03-05", "Follow-up", FM, """
S: Lifted grandson's car seat on Sunday without pain. Hip sore after long shift.
P: Gym programme progressed and written up for her to continue at her local Glasgow Club gym 2x/wk. Advised to increase dog walks to 30–40 min and to use the static bike at the gym for 10–15 min before her weights. Discussed shift work: alternate standing with a perching stool, supportive footwear.
""", "c01 c03 c07 home"),

N("D71-E05-04", "2024-04-16", "Follow-up", FM, """
S: Gym 2x/wk. Walking 35 min most days. NRS 3.
O: 5x sit-to-stand 11 s. Trendelenburg neg. SLS R 15 s.
P: Added SLS on cushion and tandem walking to HEP for hip stability/balance. Discharge planned next appt.
""", "c02 home"),

N("D71-E05-05", "2024-05-14", "Discharge summary", FM, """
Discharge summary
Seen 4 sessions Feb–May 2024 for persistent R hip/LBP (hip OA).
Rx: education on OA and exercise, workplace advice, progressive strengthening (HEP then gym), cross-trainer warm-up with physio, practice of car transfers and lifting the car seat, balance exercises, walking/bike advice.
Outcome: NRS 6→3, ODI 38→20%, HOOS-PS 45→28. Continues independently at the gym. D/C.
""", "c01 c02 c03 c06 c07 c10 home"),
]))

# ---------------------------------------------------------------------------
# D71-E06  Aisha Rahman, persistent whiplash pain, TENS + ACT + relaxation, declined HEP
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E06", [
N("D71-E06-01", "2023-08-15", "Initial assessment", AR, """
I assessed this 46-year-old gentleman, a former taxi driver, who has had neck pain since a road traffic collision three years ago. He has not returned to work. He describes constant neck and upper back pain, headaches and poor sleep, and he becomes tense and irritable with pain. He has previously had several courses of physiotherapy with exercises, which he feels made him worse, and he is clear that he does not want another exercise sheet. He is on the waiting list for the clinical psychology service. NRS 8/10, NDI 56%, PCS 38.

On examination he had reduced cervical rotation to 45 degrees bilaterally with guarding and widespread tenderness over the cervical and upper thoracic musculature. Neurological examination was normal.

My impression is of persistent whiplash-associated pain with marked sensitisation and distress. I explained how the nervous system can remain on high alert after an injury and why this does not mean ongoing damage. We talked about what he would find helpful. He has a TENS machine bought online but is unsure about the settings; we will look at this next time.
""", "c01"),
# own TENS, TENS review only planned; psychology = other provider

N("D71-E06-02", "2023-08-29", "Follow-up", AR, """
We reviewed his TENS machine today. The electrodes had been placed away from the painful area and the intensity was very low. I reset it to conventional TENS at 80 Hz with the pads either side of the upper thoracic spine and he used it for 20 minutes during the session, reporting a reduction in pain from 8 to 6. We agreed he will use it for up to an hour at a time, several times a day. Towards the end of the session I guided him through a slow breathing exercise with a longer out-breath, which he found calming.
""", "c05 c08"),
# TENS usage at home is not an exercise programme -> home 0

N("D71-E06-03", "2023-09-12", "Follow-up", AR, """
He reports using the TENS most days and finds it takes the edge off. He was very frustrated today, describing how much he has lost – his job, his football coaching, time with his friends. We talked about how much effort he has put into trying to get rid of the pain and what that has cost him. Using the passengers on the bus metaphor, we explored whether he could move towards the things that matter to him with the pain along for the ride. He would like to return to coaching his son's under-12 team in some capacity, perhaps helping with the warm-up. He agreed to contact the coach this week.
""", "c09"),

N("D71-E06-04", "2023-10-03", "Follow-up", AR, """
He has been to two training sessions with his son's team and helped set out the cones. Pain was higher afterwards but he says it was "worth it". We practised progressive muscle relaxation in a shortened form, around 15 minutes. I offered an audio recording for home use but he declined, saying he would rather keep it to the sessions for now. We again discussed his wish not to have an exercise programme, and I respected this. He has now had his first appointment with clinical psychology.
""", "c08"),
# recording for home declined -> home 0

N("D71-E06-05", "2023-11-14", "Discharge summary", AR, """
Discharge summary. Seen for four sessions between August and October 2023. A planned telephone review was not answered on two occasions, and he has since written to say that he wishes to be discharged as he is now engaged with clinical psychology. Intervention comprised pain education, optimisation of his own TENS unit, relaxation (slow breathing and progressive muscle relaxation) and ACT-informed work on values and committed action, including a return to helping with youth football. He declined a home exercise programme. NRS 8 → 6, NDI 56 → 44%. Discharged.
""", "c01 c05 c08 c09"),
]))

# ---------------------------------------------------------------------------
# D71-E07  Callum Reid, persistent LBP with S1 radicular pain, acupuncture
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E07", [
N("D71-E07-01", "2024-03-04", "Initial assessment", CR, """
IA. 35F, staff nurse (nights). LBP + L leg pain to calf 14/12. MRI: L5/S1 disc bulge contacting L S1 root. Spinal surgeons – not for surgery. Gabapentin via GP. Previous MSK physio x6 – core ex.
NRS back 5 leg 6. ODI 40%. STarT Back 6.
O/E: Flex ½ range, reproduces leg P. SLR L 50° + SN. Neuro: L ankle jerk ↓, sens ↓ lat foot. Power 5/5. Slump +ve L.
Imp: persistent LBP with S1 radicular pain, mechanosensitive neural tissue.
Rx: explained neuropathic component, natural hx, why nerves get "grumpy". Neural sliders (supine SLR/ankle DF) demo'd + practised.
HEP: sliders 10 reps 3x/day.
Plan: r/v 2/52.
""", "c01 c04 home"),
# neural sliders -> c04 (same decision as D71-11-01); earlier core exercises = before the programme

N("D71-E07-02", "2024-03-18", "Follow-up", CR, """
FU. Leg P ↓ slightly, NRS 5. Doing sliders.
Rx: L lumbar mobs gr III L5/S1 side-lying. Slider progressed to sitting slump slider. Commenced motor control: supine TA + bent knee fall out, bridges.
HEP updated.
r/v 2/52.
""", "c02 c04 home"),

N("D71-E07-03", "2024-04-01", "Follow-up", CR, """
FU. Run of night shifts → flare. Leg NRS 7.
Discussed options – pt requests acupuncture. Consent.
Acup: BL23, BL25, GB30, BL40, BL57 L + LI4 bilat, 20 min. No e-stim.
Advice re sleep hygiene between night shifts.
""", "c01 c05"),

N("D71-E07-04", "2024-04-15", "Follow-up", CR, """
FU. Leg NRS 4 since acup.
Acup repeated as before.
Hasn't been walking since leg flared. Advised walking 10–15 min on break/before shift, build to 30 min; swimming if pool accessible.
r/v 2/52.
""", "c03 c05"),

N("D71-E07-05", "2024-04-29", "Follow-up", CR, """
FU. Walking daily 20 min. Leg P intermittent, NRS 2–3. SLR L 70°.
Acup not today – pt feels no longer needed.
Progressed motor control: bird dog, side plank (knees), single-leg bridge. HEP updated.
Plan: D/C next visit if maintained.
""", "c02 home"),

N("D71-E07-06", "2024-05-20", "Discharge summary", CR, """
D/C summary. 5 sessions Mar–Apr 2024. Persistent LBP + L S1 radicular pain.
Rx: education (neuropathic pain, sleep/shift work), neural mobilisation, lumbar mobs, motor control ex, acupuncture x2, walking advice, HEP.
ODI 40→18%, leg NRS 6→2.
Cancelled final appt – doing well. D/C to GP.
""", "c01 c02 c03 c04 c05 home"),
]))

# ---------------------------------------------------------------------------
# D71-E08  Euan Kerr, Nordic walking group + gym induction
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E08", [
N("D71-E08-01", "2023-04-12", "Initial assessment", EK, """
Initial assessment
- 49F, call centre team leader. CLBP 6 yrs, worse with prolonged sitting. No radicular sx. No RF.
- Weight gain ~12 kg since onset, low PA (<30 min/wk). Used to do Nordic walking with a club.
- NRS 6/10, ODI 34%, PSFS walk 30 min 3/10, gardening 4/10.
- O/E: flex full but slow, P at end range. Poor trunk endurance (prone bridge 20 s). Neuro NAD.
- Imp: persistent non-specific LBP, deconditioning.
- Discussed why activity helps persistent back pain and why to build up gradually. Advised to start walking 10 min daily this week.
- Booked onto physio-led Nordic walking group (Thurs) + 1:1 gym induction.
""", "c01 c03"),

N("D71-E08-02", "2023-04-20", "Group class", EK, """
Nordic walking group – wk 1
- Led by EK, 6 pts. Pole technique taught, 30 min route round Pollok Park incl short incline. HR monitored.
- Completed 30 min at steady pace, NRS 5 → 5. Enjoyed it.
""", "c06"),

N("D71-E08-03", "2023-05-03", "Follow-up", EK, """
1:1 gym induction
- Individual programme set and practised: leg press 3x10, lat pulldown 3x10, cable woodchop, goblet squat 8 kg, dead bug, side plank.
- Technique good.
- Written programme for her to use at her local leisure centre gym 2x/wk.
""", "c02 c07 home"),

N("D71-E08-04", "2023-05-25", "Group class", EK, """
Nordic walking group – wk 6
- 45 min route incl the hill. At front of group, no increase in pain.
- Brief chat after: now walking 20 min on lunch breaks.
""", "c06"),
# lunch-break walking = her own report

N("D71-E08-05", "2023-06-21", "Discharge summary", EK, """
Discharge summary
- Attended 8/8 Nordic walking group sessions + 2 x 1:1 (IA, gym induction).
- Content: education on activity and persistent pain, walking advice, physio-led Nordic walking group, individual gym programme (strength + trunk control).
- Outcomes: NRS 6→3, ODI 34→16%, PSFS walk 3→8. PA now ~200 min/wk.
- Has rejoined her old Nordic walking club. D/C.
""", "c01 c02 c03 c06 c07 home"),
]))

# ---------------------------------------------------------------------------
# D71-E09  Callum Reid, RC-related shoulder pain, no education, acupuncture declined
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E09", [
N("D71-E09-01", "2023-06-06", "Initial assessment", CR, """
IA. 63M, retired joiner. R shoulder P 2 yrs, gradual. Worse reaching overhead, lying on R. US (2022): supraspinatus tendinopathy, no FT tear. Steroid inj x2 via GP, short relief.
NRS 5. SPADI 48.
O/E: AROM flex 140° P, abd 120° painful arc, ER 50° (L 80°). Post capsule tight. Cx clear. ER strength 4/5 P.
Imp: persistent RC-related shoulder pain, post capsule tightness.
Acupuncture discussed – pt declined (needle phobia).
Rx: GH post glides gr III, cross-body stretch 3x30s.
HEP: cross-body stretch, sleeper stretch, ER w yellow TB 3x15 daily.
r/v 2/52.
""", "c04 c07 home"),
# acupuncture declined; injections by GP = other provider

N("D71-E09-02", "2023-06-20", "Follow-up", CR, """
FU. Sleeping better, can lie on R side 1 hr.
Rx: GH mobs as before.
HEP progressed: TB to red, added scaption w 1 kg DB 3x12.
r/v 3/52.
""", "c04 c07 home"),

N("D71-E09-03", "2023-07-11", "Follow-up", CR, """
FU. NRS 2. Painful arc minimal. ER 70°. Has gone back to bowls on his own, no problems.
Rx: no mobs today – ROM good. HEP technique checked – ok, carry on.
""", ""),
# bowls = own activity; negated mobs; checking unchanged HEP -> not coded (README)

N("D71-E09-04", "2023-08-01", "Discharge summary", CR, """
D/C summary. 3 sessions Jun–Jul 2023. R RC-related shoulder pain.
Rx: GH joint mobs, post capsule stretching, progressive RC strengthening w TB/DB, HEP. Acupuncture declined.
SPADI 48→14. Back to bowls. D/C to GP, SOS.
""", "c04 c07 home"),
]))

# ---------------------------------------------------------------------------
# D71-E10  Fiona MacLeod, seen once, then DNA x2
# ---------------------------------------------------------------------------
PATIENTS_EN.append(("D71-E10", [
N("D71-E10-01", "2024-06-04", "Initial assessment", FM, """
S: 41M, warehouse operative (agency). LBP 9/12 after lifting at work, episodic flares. Intermittent R buttock pain. No RF. Off work 2/52. Arrived 25 min late – limited session.
NRS 7. ODI 46%.
O: Flex to knees, ext ½, both P central. SLR neg. Neuro NAD. Paraspinal guarding ++.
A: Persistent LBP, current flare with guarding.
P: Heat pack lumbar 10 min in prone, then gentle supine pelvic tilts and TA activation practised x10 – guarding reduced. Full explanation of findings and HEP to be done next session – booked 1/52.
""", "c02 c04"),
# explanation and HEP only planned -> c01 0, home 0

N("D71-E10-02", "2024-06-11", "DNA", FM, """
DNA. No contact. Letter sent offering a further appt as per DNA policy.
""", ""),

N("D71-E10-03", "2024-06-25", "DNA", FM, """
DNA second appt. Telephoned – no answer, voicemail left.
""", ""),

N("D71-E10-04", "2024-07-09", "Discharge summary", FM, """
Discharge summary. Seen once for IA (04/06/24): heat and gentle motor control exercise in clinic. DNA x2. Discharged as per DNA policy, GP informed. May re-refer via GP.
""", "c02 c04"),
]))

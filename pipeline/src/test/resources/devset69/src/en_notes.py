# -*- coding: utf-8 -*-
"""English notes, patients D69-E01 .. D69-E10 (community MSK and falls
service, Cardiff). Fictional.

Each note is written by hand; the codes string next to it is the human
coding of THAT note only (keys: c01..c10, home; empty string = nothing).
"""

NOTES = []


def N(pid, nid, date, ntype, author, codes, text):
    NOTES.append(dict(patient_id=pid, note_id=nid, date=date, note_type=ntype,
                      author=author, codes=codes, text=text.strip("\n")))


RHIAN = "Rhian Evans, MSK Physiotherapist"
GARETH = "Gareth Pritchard, Clinical Specialist Physiotherapist"
SIAN = "Siân Morgan, Physiotherapist (Falls Service)"
PRIYA = "Priya Shah, Physiotherapist"

# ---------------------------------------------------------------- D69-E01
# Falls service, home visits. 82F, two falls, long lie.

N("D69-E01", "D69-E01-01", "2023-06-05", "Home visit", SIAN, "c01 c02 home", """
Falls service home visit. Referred by GP following two falls in the last 3 months, both indoors, one onto the bathroom floor with a long lie of about an hour. Lives alone in a terraced house, stairs to the bedroom with a rail on one side. Uses a stick outdoors and furniture-walks indoors. Has a pendant alarm, which she is now wearing. PMH: AF, osteoporosis, cataract L eye awaiting surgery.
On assessment: TUG 21 s with stick. 30 s chair stand 5. Unable to tandem stand. Romberg steady. Lying/standing BP done by practice nurse last week, no postural drop.
Impression: high falls risk, reduced lower limb strength and balance.
Discussed what she can do to reduce her risk (light on the landing at night, not rushing to answer the phone, keeping the alarm on) and what to do if she falls again. Started Otago programme: sit to stand x5, heel raises, toe raises, side hip abduction holding the worktop, knee bends. Written sheet left on the fridge, aim 3x/week.
Plan: review 1/52, practise getting up from the floor.
""")

N("D69-E01", "D69-E01-02", "2023-06-12", "Home visit", SIAN, "c02 c10 home", """
Reviewed Otago sheet – she has managed it 3 times. Added tandem stand and sideways walking at the worktop to her sheet. Practised backward chaining for getting up from the floor: kneeling to half-kneeling to chair, then the full sequence from lying on the rug. Managed with a chair for support on the second attempt. Pleased – says she had been "terrified" of being on the floor again.
""")

N("D69-E01", "D69-E01-03", "2023-06-21", "Telephone", SIAN, "", """
Telephone call from patient's son: she has had a cold and has not done the exercises this week. No falls. Visit rebooked.
""")

N("D69-E01", "D69-E01-04", "2023-07-03", "Home visit", SIAN, "c02 c03 c06 home", """
Has restarted the exercises. No falls. Walked with her to the end of the street and back with her stick, approx 150 m, steady, one rest at the neighbour's wall. Advised her to build up to a short walk outside every day with the stick, and to go with her son to the park at weekends. Progressed her exercise sheet: sit to stand without hands, heel raises 2 x 10.
""")

N("D69-E01", "D69-E01-05", "2023-07-24", "Home visit", SIAN, "c01", """
Review. TUG 15 s, 30 s chair stand 8, tandem stand 6 s. Getting out daily to the post box. Cataract op booked for September. Gave her the "Staying steady" leaflet and went through it with her: footwear, night lighting, asking the GP for a medication review if she feels dizzy.
""")

N("D69-E01", "D69-E01-06", "2023-07-31", "Discharge summary", SIAN, "c01 c02 c03 c06 c10 home", """
Discharge summary – Falls Service
82F referred after two falls. 4 home visits + 1 telephone call, June–July 2023.
Received: falls-risk education and leaflet, Otago strength and balance programme (home), backward chaining / floor recovery practice, supervised outdoor walk, advice on daily walking.
Outcome: TUG 21 → 15 s, 30 s chair stand 5 → 8, no further falls.
Discharged back to GP.
""")

# ---------------------------------------------------------------- D69-E02
# MSK clinic. 41M chronic LBP, high fear-avoidance.

N("D69-E02", "D69-E02-01", "2023-01-09", "Initial assessment", RHIAN, "c01", """
S: 41M, warehouse supervisor. LBP 18/12, no specific injury. Worse with prolonged standing and bending. No leg symptoms. Night pain only on turning. Off work 3/52. Previous physio 2022 (private) – "exercises, massage and acupuncture", short-term relief. Scared his back will "snap" if he lifts. Stopped 5-a-side. Red flags screened – nil. STarT Back high risk (7/9).
O: Guarded movement. Flex fingertips to mid-shin with protective bracing. Ext 50% limited. Neuro intact. SLR 80° bilat. Prone lying tolerated.
A: Chronic non-specific LBP, high fear-avoidance.
P: Pain neuroscience education – how persistent pain involves a sensitised nervous system, hurt ≠ harm, why his scan findings (mild disc degeneration) are normal for his age. Goals set: return to full duties, play 5-a-side with his son. Review 1/52.
""")

N("D69-E02", "D69-E02-02", "2023-01-16", "Follow-up", RHIAN, "c02 c08 c09 c10 home", """
S: Has read the pain booklet. Still worried about bending.
O: Unchanged.
A: Fear-avoidance is the main barrier.
P: Graded exposure to bending: hip hinge with dowel → unsupported → picking up a light box from a step → from the floor. Explored his beliefs about bending and compared his prediction ("it will go") with what actually happened. Diaphragmatic breathing while bending to reduce bracing. HEP: hip hinge, breathing, cat–camel. Review 1/52.
""")

N("D69-E02", "D69-E02-03", "2023-01-30", "Follow-up", RHIAN, "c02 c03 c06 home", """
S: Managed 2 days back at work on light duties. Pain 5/10, no worse.
O: Flex to ankles, less bracing.
A: Progressing.
P: 10 min on the static bike in the gym with me, chatting, HR ~110 – tolerated well. Motor control: bird dog, side plank on knees, split squat. Activity: advised walking the dog 30 min daily and cycling to work 2x/week when he feels ready. HEP updated.
""")

N("D69-E02", "D69-E02-04", "2023-02-20", "Telephone", RHIAN, "c09", """
Telephone review. Back on full duties. Had a flare after a long shift, used the breathing and kept moving, settled in 2 days. Values discussion: what matters most is being a coach for his son's team – agreed he will go to training and join the warm-up this week even if his back aches. Review in clinic 3/52.
""")

N("D69-E02", "D69-E02-05", "2023-03-13", "Follow-up", RHIAN, "c02 c07 home", """
S: Joined the warm-ups at football twice, played 10 mins. Pain 3/10.
O: Full flex, fluent.
A: Goals nearly met.
P: Reviewed and progressed HEP: loaded hip hinge with 12 kg kettlebell, split squat. Discharge next visit if stable.
""")

N("D69-E02", "D69-E02-06", "2023-04-03", "Discharge summary", RHIAN, "c01 c02 c03 c06 c07 c08 c09 c10 home", """
Discharge summary
41M chronic non-specific LBP with high fear-avoidance. 5 contacts Jan–Apr 2023.
Interventions: pain neuroscience education, graded exposure to bending and lifting, values-based work, diaphragmatic breathing, motor control exercises, static bike in clinic, advice on walking and cycling, progressive HEP incl. kettlebell.
Outcome: STarT Back 7 → 2. Back at full work, playing 5-a-side.
Discharged.
""")

# ---------------------------------------------------------------- D69-E03
# MSK clinic. 68F R knee OA.

N("D69-E03", "D69-E03-01", "2023-09-04", "Initial assessment", GARETH, "c01 c02 c04 home", """
IA. 68F, R knee OA (XR 2022 mod medial). c/o pain 6/10 on stairs, AM stiffness <30 min. Retired teacher. Stick O/D. Steroid inj (GP) 2021. PMH HTN, T2DM.
O/E: mild effusion R, ROM 5–110° R, no quads lag. Crepitus. TTP MJL. Varus. SLS R 4 s. 30s STS 8.
Imp: R knee OA.
Rx: OA ed – exercise is treatment, pacing, weight mx. Knee taping (medial unload) – trial. HEP: quads sets, SLR, sit–stand, SLS at counter.
Plan: r/v 2/52, ?ESCAPE-pain class.
""")

N("D69-E03", "D69-E03-02", "2023-09-18", "Follow-up", GARETH, "c02 c04 home", """
FU. Tape helped ++ on stairs, skin OK. Re-taped. Pain 4/10. HEP 5/7.
HEP progressed: step-ups 15 cm, mini squats, sit–stand 3x10.
Plan: gym programme next.
""")

N("D69-E03", "D69-E03-03", "2023-10-02", "Follow-up", GARETH, "c06 c07 home", """
FU. Gym session in dept: static bike warm-up 5 min, leg press 3x10 @ 30 kg, knee ext machine 3x10 @ 10 kg. Given leisure centre referral card – plan to go 2x/wk with husband and follow the same programme. Tape stopped, not needed.
""")

N("D69-E03", "D69-E03-04", "2023-10-30", "Telephone", GARETH, "", """
TC. Going to gym 2x/wk. Pain 2–3/10. Declined ESCAPE-pain class, happy to carry on alone. D/C.
""")

N("D69-E03", "D69-E03-05", "2023-10-31", "Discharge summary", GARETH, "c01 c02 c04 c07 home", """
D/C summary. R knee OA. 3 F2F + 1 TC. Rx: OA education, taping, HEP (quads/SLS/step-ups), supervised gym programme then independent gym. Declined ESCAPE-pain. 30s STS 8 → 12. D/C to self-management.
""")

# ---------------------------------------------------------------- D69-E04
# MSK clinic. 36F neck pain, night shifts.

N("D69-E04", "D69-E04-01", "2023-05-02", "Initial assessment", PRIYA, "c01 c04 home", """
Initial assessment – neck
• 36F, nurse, nights. Neck pain R > L 4/12, headaches, no arm sx.
• Tried: ibuprofen, massage (private), "a TENS machine off the internet" – no help.
• Sleep poor, stressed with shift pattern.
• O/E: AROM rot R 50° painful, L full. Upper trap / levator tight and TTP R. Neuro NAD. ULTTs neg.
• Imp: mechanical neck pain with muscular component, stress-related.
• Rx: explained diagnosis and good prognosis; posture and shift-work advice (breaks, pillow height). STM R upper trap + levator, C-spine mobs gr III R rot.
• HEP: upper trap and levator stretches 2x/day.
• Plan: r/v 1/52, discuss acupuncture.
""")

N("D69-E04", "D69-E04-02", "2023-05-09", "Treatment", PRIYA, "c05 c08 home", """
Treatment
• Pain 5/10, headaches less.
• Acupuncture: consent obtained, needling R upper trap, levator, GB20, LI4, 20 min, 2 stims. Well tolerated.
• Box breathing taught (4-4-4-4), to use at home before sleep after nights.
• Plan: acupuncture x3 more.
""")

N("D69-E04", "D69-E04-03", "2023-05-16", "Treatment", PRIYA, "c04 c05", """
Treatment
• Acupuncture as last session.
• Heat pack 10 min then STM R levator.
• Reports using the breathing most nights.
""")

N("D69-E04", "D69-E04-04", "2023-05-30", "Treatment", PRIYA, "c04 home", """
Treatment
• Missed last week (shift swap).
• Pt asked to stop acupuncture – felt faint at home after last session. Not needled today.
• C-spine mobs. HEP stretches reviewed and technique corrected.
• Pain 3/10.
""")

N("D69-E04", "D69-E04-05", "2023-06-13", "Discharge summary", PRIYA, "c01 c04 c05 c08 home", """
Discharge summary
• 36F mechanical neck pain.
• 4 sessions May–June 2023.
• Received: advice on posture and shift work, soft tissue massage, heat, C-spine mobilisations, acupuncture x2 (stopped at pt request), box breathing for sleep, HEP stretches.
• Pain 6 → 3/10. D/C.
""")

# ---------------------------------------------------------------- D69-E05
# Falls service, home. 79M mild Alzheimer's, evening falls. No HEP.

N("D69-E05", "D69-E05-01", "2024-01-15", "Home visit", SIAN, "c01", """
Home visit, wife present. 79M with mild Alzheimer's disease, 3 falls since November, all in the evening going to the toilet. Uses a frame indoors but often leaves it behind. Wife does most of the housework. On examination slow sit to stand with push-off, TUG 24 s with frame, unsteady on turning, loses balance when distracted.
Explained to him and his wife why the evening falls are happening (tired, dim light, rushing) and agreed a night light and moving the commode into the bedroom. Exercise sheet not given as he will not remember it and his wife does not want to supervise – exercise during visits only.
Plan: weekly visits x4.
""")

N("D69-E05", "D69-E05-02", "2024-01-22", "Home visit", SIAN, "c10", """
Practised turning with the frame in the hallway and getting on and off the toilet using the rail. Needed prompting to bring the frame close. Repeated 5 times each.
""")

N("D69-E05", "D69-E05-03", "2024-01-29", "Home visit", SIAN, "c02 c06", """
Standing balance at the kitchen worktop: weight shifts, marching on the spot, stepping forward and back, 10 min with rests. Then walked outdoors with him and his frame to the corner shop and back (approx 200 m); his wife came too. He enjoyed it.
""")

N("D69-E05", "D69-E05-04", "2024-02-19", "Discharge summary", SIAN, "c01 c02 c06 c10", """
Discharge summary – Falls Service
79M with mild dementia, recurrent evening falls. 3 home visits (4th cancelled – family illness).
Falls education to patient and wife, functional practice (turning, toilet transfers), balance work during visits and an outdoor walk with the physio. No home exercise programme due to cognition.
One further fall, no injury. Discharged, re-refer if needed.
""")

# ---------------------------------------------------------------- D69-E06
# MSK clinic. 72M L hip OA, golfer.

N("D69-E06", "D69-E06-01", "2024-03-04", "Initial assessment", GARETH, "c02 c04 home", """
IA. 72M L hip OA (XR mod–sev). c/o groin pain walking >20 min, putting socks on. Golfer – stopped playing. On list for ortho opinion (GP ref). PMH nil sig.
O/E: L hip flex 90, IR 5, ER 25, painful end range. Thomas +ve L. Trendelenburg +ve L. 30s STS 10.
Imp: L hip OA.
Rx: hip flexor stretch (half kneel) + prone lying – HEP. Glute med: side-lying abd, standing hip hitch on step – HEP daily.
r/v 2/52
""")

N("D69-E06", "D69-E06-02", "2024-03-18", "Follow-up", GARETH, "c03 c04", """
FU. HEP daily. Pain same.
Hip long-axis distraction mobs L gr III x3, IR improved to 10.
Walking: advised 2 x 15 min/day on the flat rather than one long walk, use walking poles; back to golf with a buggy for 9 holes.
r/v 2/52
""")

N("D69-E06", "D69-E06-03", "2024-04-02", "Follow-up", GARETH, "c02 c07 home", """
FU. Walking 2 x 15 daily, 9 holes with buggy – OK.
Gym induction in dept: leg press 3x12 @ 40 kg, hip abd machine 3x12 @ 25 kg, bridges on gym ball for pelvic stability. Will use the gym at the golf club 2x/wk.
r/v 4/52
""")

N("D69-E06", "D69-E06-04", "2024-04-30", "Follow-up", GARETH, "", """
FU. Gym 2x/wk. Pain 3/10. SLS L improved. Trendelenburg neg. 30s STS 13.
Ortho appt in June – will decide re THR then. Happy to self-manage. D/C.
""")

N("D69-E06", "D69-E06-05", "2024-05-01", "Discharge summary", GARETH, "c02 c03 c04 c07 home", """
D/C summary. L hip OA. 4 F2F. Rx: stretches and glute med/stability work as HEP, hip mobs, gym programme (leg press / abd machine), walking and golf advice. 30s STS 10 → 13. Awaiting ortho June. D/C.
""")

# ---------------------------------------------------------------- D69-E07
# MSK clinic. 55F persistent LBP, ACT-informed.

N("D69-E07", "D69-E07-01", "2024-02-06", "Initial assessment", RHIAN, "c01", """
S: 55F, school administrator, works 4 days/week. LBP and L buttock pain since a fall on ice in January 2019 – landed on her bottom, XR at the time NAD. Pain 7/10 daily, worse at the end of the working day and after sitting through meetings, eases a little lying on her side with a pillow between her knees. No pins and needles, no weakness. Bladder/bowel normal, no saddle anaesthesia, no weight loss, no night sweats. Sleep broken 2–3x/night. Two previous courses of physio (exercises, "core classes" at the leisure centre), gabapentin via the pain clinic since 2022 – makes her drowsy. Feels she has "tried everything" and is "fed up of being fobbed off". Lives with husband, two grown-up children nearby, helps with the grandchildren on Fridays. Used to love gardening but hasn't been in the garden since last spring. Wants to be able to garden again and to go and see her sister in Tenby. PSEQ 22/60.
O: Moves slowly and guardedly on/off the plinth but full lumbar ROM when standing. Widespread tenderness lumbar/gluteal, no focal findings. Neuro NAD. SLR 70° bilat, no neural symptoms. Hips full and pain-free.
A: Persistent LBP with nociplastic features; high distress, low pain self-efficacy.
P: Explained persistent pain as a protection system that has become over-sensitive rather than a sign of ongoing damage, and its links with sleep and stress – she said nobody had explained it like that before. Discussed TENS – keen to try. Review 1/52 with TENS.
""")

N("D69-E07", "D69-E07-02", "2024-02-13", "Treatment", RHIAN, "c05 c08 home", """
S: Slept a little better.
O: –
A: –
P: TENS trial – conventional, 100 Hz, electrodes L lumbar/gluteal, 30 min in clinic, pain 7 → 5. Unit loaned, instructed in safe use at home (up to 3x/day, check skin). Short mindfulness practice (10 min): noticing the breath and body sensations other than pain, letting thoughts pass. Recording emailed to use at home.
""")

N("D69-E07", "D69-E07-03", "2024-02-27", "Follow-up", RHIAN, "c08 c09", """
S: Uses TENS most evenings, helps her get to sleep. Listened to the recording 4 times. Still avoiding the garden.
O: –
A: Avoidance linked to fear of a bad flare.
P: ACT-informed session: clarified values (being useful to her family; the garden as "her place"), noticed how avoidance pulls her away from them. Agreed a committed action: 15 min weeding on a kneeler twice this week, making room for some pain. Mindful movement – slow sit to stand with attention on feet and breath.
""")

N("D69-E07", "D69-E07-04", "2024-03-19", "Telephone", RHIAN, "", """
Telephone review. Has gardened 3 times, 15–20 min each. Pain unchanged but feels "more like me again". TENS still helpful. Asked about acupuncture – not offered by this service for her condition; she may look into it privately. Review 3/52.
""")

N("D69-E07", "D69-E07-05", "2024-04-09", "Follow-up", RHIAN, "c01 c09", """
S: Has booked the trip to Tenby (2.5 h drive). Anxious about the journey.
P: Pacing advice for the journey: stop every hour, get out and move about for 5 min, vary sitting position. Discussed that the trip is a values-based choice and that some pain is likely – she is willing to have it. Next appt after the holiday.
""")

N("D69-E07", "D69-E07-06", "2024-05-14", "Discharge summary", RHIAN, "c01 c05 c08 c09 home", """
Discharge summary
55F persistent LBP. 4 clinic sessions + 1 telephone review, Feb–May 2024.
Received: pain education and pacing advice, TENS trial and home loan (has since bought her own), mindfulness practice with recording for home use, ACT-informed work on values and committed action (gardening, trip to visit her sister).
Pain 7 → 6/10 but function and mood improved, managed the holiday.
Discharged to GP.
""")

# ---------------------------------------------------------------- D69-E08
# MSK clinic. 60M R shoulder, rotator cuff related.

N("D69-E08", "D69-E08-01", "2024-06-03", "Initial assessment", PRIYA, "c01 c02 home", """
Initial assessment – R shoulder
• 60M, bus driver. R shoulder pain 5/12 after lifting a suitcase into the loft. Night pain lying on R.
• Steroid injection by GP 3/12 ago – helped 4 wks.
• O/E: AROM flex 140 (painful arc), abd 120, ER 60. PROM near full. Painful resisted ER/abd. ERLS neg. C-spine clear.
• Imp: rotator cuff related shoulder pain.
• Advice: explained tendon load and pain, sleeping with a pillow under the arm, modifying reaching at work.
• HEP: isometric ER/abd against wall 5 x 30 s, scapular setting.
• Plan r/v 2/52.
""")

N("D69-E08", "D69-E08-02", "2024-06-17", "Follow-up", PRIYA, "c02 c04 c07 home", """
Follow-up
• Night pain better. Doing isometrics daily.
• Progressed to ER with yellow Theraband 3x15 and side-lying ER with 1 kg dumbbell 3x12.
• Posterior capsule stretch (cross-body) added.
• HEP updated.
""")

N("D69-E08", "D69-E08-03", "2024-07-15", "Follow-up", PRIYA, "c07 home", """
Follow-up
• Pain 2/10, full flex.
• Gym: seated row, lat pulldown, cable ER – 3x12, tolerated.
• Will continue at his local gym 2x/wk.
• Discharge planned – pt to call if any problems.
""")

N("D69-E08", "D69-E08-04", "2024-07-16", "Discharge summary", PRIYA, "c01 c02 c04 c07 home", """
Discharge summary
• R rotator cuff related shoulder pain.
• 3 sessions Jun–Jul 2024.
• Education on load and sleep positions; isometrics → band and dumbbell → gym programme; capsule stretch; HEP.
• Back on full driving duties. D/C.
""")

# ---------------------------------------------------------------- D69-E09
# Falls service / clinic. 77F lumbar spinal stenosis, falls worry.

N("D69-E09", "D69-E09-01", "2024-08-05", "Home visit", SIAN, "c01 c02 home", """
Home visit, referred by the community matron. 77F with lumbar spinal stenosis (MRI 2023), declined surgery. Walking tolerance about 100 m before both legs go heavy and numb; leans on the trolley in the supermarket. Lives with husband in a bungalow. Also worried about falling – stumbled twice in the garden.
On examination: walks with a flexed posture, TUG 16 s, single-leg stance 3 s each side. Neuro grossly intact.
Explained how the stenosis causes her leg symptoms on standing and walking and why bending forward eases them – she found this reassuring. Started an exercise sheet: knee rolls and pelvic tilts in lying, sit to stand, standing balance at the sink (feet together, semi-tandem). To do daily.
Plan: review at the clinic in 2 weeks – husband can drive.
""")

N("D69-E09", "D69-E09-02", "2024-08-19", "Follow-up", SIAN, "c02 c03 c06 home", """
Clinic. 12 min on the recumbent bike with me, no leg symptoms at all – she was surprised. Discussed activity: advised cycling as her main exercise (there is an old exercise bike in the garage her husband can set up) and walking in short bouts with a rest on a bench, or with a rollator she can lean on. Home balance exercises progressed to tandem stance and heel–toe walking along the counter.
""")

N("D69-E09", "D69-E09-03", "2024-09-02", "Telephone", SIAN, "", """
Telephone. Bike set up, doing 10 min most days. Walked to the church hall with one rest. No falls. Next appointment as planned.
""")

N("D69-E09", "D69-E09-04", "2024-09-16", "Home visit", SIAN, "c10", """
Home visit. Practised stepping up and down the garden step to the washing line carrying the peg basket, and getting over the lip of the back door where she stumbled before. Managed safely using the rail her husband has now fitted. Rollator delivered by wheelchair services – she finds walking easier with it.
""")

N("D69-E09", "D69-E09-05", "2024-10-07", "Discharge summary", SIAN, "c01 c02 c03 c06 c10 home", """
Discharge summary – Falls Service
77F, lumbar spinal stenosis with fear of falling. 2 home visits, 1 clinic visit, 1 telephone call (Aug–Oct 2024).
Received: explanation of stenosis symptoms, home balance/exercise sheet, supervised recumbent bike and advice on cycling and walking in short bouts, practice of the garden step and back door with the basket.
TUG 16 → 12 s. No falls. Walking 300 m with rollator.
Discharged.
""")

# ---------------------------------------------------------------- D69-E10
# MSK clinic. 28M NSLBP, acupuncture, self-discharged.

N("D69-E10", "D69-E10-01", "2024-09-09", "Initial assessment", GARETH, "c04", """
IA. 28M, chef. LBP 6/52, no trauma, no leg sx. Red flags neg. Gym 4x/wk – continuing. Pain 5/10 at end of shift.
O/E: flex full, ext painful L4/5. PAs L4 reproduce pain. SLR neg. Neuro NAD.
Imp: NSLBP.
Rx: L4 central PAs gr III. Pt keen on acupuncture – contraindications checked, written consent for next session.
r/v 1/52
""")

N("D69-E10", "D69-E10-02", "2024-09-16", "Treatment", GARETH, "c04 c05", """
Tx. Acupuncture L3–L5 paraspinals + BL40 bilat, 8 needles, 20 min. Felt relaxed afterwards. PAs L4.
""")

N("D69-E10", "D69-E10-03", "2024-09-23", "Treatment", GARETH, "c04 c05", """
Tx. Pain 3/10. Acupuncture as before. Hip flexor stretch on plinth.
""")

N("D69-E10", "D69-E10-04", "2024-10-14", "Telephone", GARETH, "", """
DNA 07/10. TC – pt says he is fine, back to normal at work. Does not want further appts. D/C.
""")

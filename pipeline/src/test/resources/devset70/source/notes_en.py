# English notes, patients D70-E01 .. D70-E10.
# Private outpatient MSK physical therapy practice, Boston MA. All persons invented.
from common import N

KD = "Kelly Donovan, PT, DPT"
RP = "Rajesh Patel, PT, DPT, OCS"
MS = "Megan Sullivan, PTA"
TR = "Thomas Reilly, PT, DPT"

NOTES = [

# ---------------------------------------------------------------- D70-E01
# 38F software engineer, chronic neck pain + cervicogenic HA. KD (full SOAP, CPT).
N("D70-E01-01", "2024-01-08", "Initial Evaluation", KD, """
PHYSICAL THERAPY INITIAL EVALUATION
Dx: M54.2 Cervicalgia; G44.209 tension-type HA. Referral: direct access.
S: 38 y/o F software engineer, hybrid (3 days in office). c/o R-sided neck pain x ~2.5 yrs, insidious onset, worse at end of workday and w/ long video calls. Intermittent HA at base of skull 2-3x/wk. Denies UE N/T, dizziness, dysphagia; red flags neg. Prior tx: chiropractic 2022 (manips, "helped for a day"); sees massage therapist monthly (outside provider, ongoing). Sleeps prone. Exercise: Peloton 2x/wk. NDI 32%.
O: FHP, rounded shoulders. Cx AROM: flex WNL, ext 75% w/ pain, R rot 60°, L rot 75°, R SB 30° p!. T1-T4 hypomobile w/ PA. DNF endurance 12 s. CCFT 22 mmHg. TTP R UT, levator, suboccipitals. UE neuro screen intact.
A: S/s consistent w/ mechanical neck pain w/ mobility deficits and impaired DNF motor control contributing to cervicogenic HA. Good rehab potential.
Tx today:
- 97161 PT eval low complexity
- 97140 Manual 10 min: T1-4 PA mobs gr III, suboccipital release
- 97112 NMR 10 min: supine chin nods w/ PBU 10x10s, cues to limit SCM
HEP (MedBridge): chin nods 10x10s 2x/day, doorway pec stretch 3x30s.
Pt educated on dx, expected course, and workstation setup (monitor height, laptop riser, microbreaks q 30-45 min).
P: POC 2x/wk x 6 wks: TherEx, NMR, manual, HEP progression; consider dry needling if plateau. STG (3 wks) NDI <25%. LTG (6 wks) full workday w/o HA.
""", "e sf sm he",
  near="chiro/massage = other providers; Peloton = pt's own activity; dry needling only considered (5 not coded)"),

N("D70-E01-02", "2024-01-11", "Daily Note", KD, """
S: 1 HA since eval. Doing HEP 1x/day. Pain 4/10.
Tx:
97140 Manual (12 min): STM R UT/levator, C2-3 R UPA mobs gr III, T-spine PA gr III-IV.
97112 NMR (15 min): chin nod w/ PBU 22→24 mmHg 10x10s; prone chin tuck w/ head lift 2x8; scap retraction/depression in sitting w/ mirror.
97110 TherEx (8 min): T-spine ext over foam roll 2x10, open books 10 ea.
A: Improved DNF activation w/ less SCM substitution. Tolerated well.
P: Cont per POC. Progress NMR next visit.
""", "sf sm", near="'Doing HEP' = continuation, not coded"),

N("D70-E01-03", "2024-01-18", "Daily Note", KD, """
S: "Better this week." 1 HA. High stress at work (product launch); notices she holds her breath and clenches her jaw.
Tx:
97112 NMR (20 min): DNF endurance supine 10x10s w/o PBU, quadruped cx flex/ext w/ neutral spine, scapular PNF D2 patterns.
97110 TherEx (10 min): diaphragmatic breathing supine, hand on abdomen, 4-6 breathing x 5 min; instructed to use 4-6 breathing between meetings.
97140 (8 min): suboccipital release, C-spine SNAGs R rot.
HEP updated: added quadruped cx flex/ext + 4-6 breathing.
A: Fair carryover of DNF control. Upper chest breathing pattern, improved w/ cues.
P: Cont POC.
""", "sm rx sf he"),

N("D70-E01-04", "2024-01-30", "Telephone Encounter", KD, """
Pt called to cancel 2/1 appt, tested COVID+. Advised she can resume HEP once she feels better. Rescheduled to 2/8.
""", "", near="'resume HEP' = continuation of existing program, not coded"),

N("D70-E01-05", "2024-02-08", "Progress Note", KD, """
PROGRESS NOTE (visit 4)
S: 1 HA in past 2 wks. Neck pain avg 2/10. NDI 14%.
O: Cx rot R 72°, L 78°. DNF endurance 31 s. CCFT 28 mmHg.
Tx: 97112 NMR (15 min): DNF w/ head lift progressions, prone Y/T on stability ball w/ neck neutral. 97140 (8 min): T-spine mobs gr III.
A: STG met. Progressing toward LTG.
P: 1x/wk x 2 wks, then d/c to HEP.
""", "sm sf", near="NDI/CCFT/DNF endurance = measures"),

N("D70-E01-06", "2024-02-22", "Discharge Summary", KD, """
DISCHARGE SUMMARY
Pt seen for 5 visits 1/8/24–2/22/24 for cervicalgia w/ cervicogenic HA.
Interventions: manual therapy (T-spine/C-spine mobs, STM), NMR for DNF and scapular control, diaphragmatic breathing, pt education on posture/workstation, HEP.
Outcomes: NDI 32% → 10%. Cx rot R 60° → 75°. HA 2-3x/wk → <1x per 2 wks. All goals met.
D/C to independent HEP. RTC PRN.
""", "sf sm rx e he"),

# ---------------------------------------------------------------- D70-E02
# 52M order picker, chronic LBP. RP (terse).
N("D70-E02-01", "2024-03-04", "Initial Evaluation", RP, """
IE – LBP
Dx M54.50. Ref: PCP. WC: no.
S: 52M forklift op/order picker at distribution ctr. Chronic LBP x 4 yrs, flare 6 wks ago lifting case of water. No radic sx. On light duty (no lifting >20 lb). P 6/10, worst 8/10. ODI 38%. Goals: RTW full duty, coach grandson's Little League.
O: Lumbar AROM flex 50% w/ p!, ext 75%. SLR neg B. Neuro intact L2-S1. Hip ext/abd 4-/5 B. Poor lumbopelvic control w/ squat + hip hinge, lumbar flexion dominant. Prone instability test +.
A: Chronic non-specific LBP w/ movement control impairment, deconditioning. Good candidate for active approach.
Tx: 97162 eval mod. 97112 NMR 12': hip hinge w/ dowel, TA bracing supine → hooklying marching.
HEP: hinge w/ dowel 2x10, bracing w/ march 2x10, bridge 2x10. Educated re: benign nature of LBP, hurt ≠ harm.
P: 2x/wk x 6 wks: TherEx, NMR, TherAct (lifting mechanics), progressive loading.
""", "sm he e", near="TherAct lifting planned (10 not coded here)"),

N("D70-E02-02", "2024-03-07", "Daily Note", RP, """
S: sore after HEP day 1, then ok. P 5/10.
Tx: NuStep L5 8' warm-up, PT supervised. NMR 97112 15': bird dog 2x8, side plank from knees 3x20s, hip hinge w/ dowel 2x10. TherEx 97110 10': glute bridges 3x12, clamshells GTB 3x15.
A: Improved hinge pattern, still loses neutral at end range.
P: Add KB deadlift progression next.
""", "pap sm", why="NuStep in session = 6; bands alone do not make 7"),

N("D70-E02-03", "2024-03-14", "Daily Note", RP, """
S: P 4/10. Working full shifts on light duty.
Tx: NuStep 8'. TherEx 97110 20': KB deadlift 20# 3x8 → 25# 3x6, goblet squat 15# 3x10, 1-arm DB row 25# 3x10 ea, farmer carry 2x35# 4 laps.
NMR 97112 8': Pallof press 3x10 ea.
A: Good form w/ loaded hinge. Tolerating progressive load w/o flare.
P: TherAct lifting mechanics next.
""", "pap wt sm"),

N("D70-E02-04", "2024-03-21", "Daily Note", RP, """
S: "Feels stronger." P 3/10. Supervisor asking when he can go full duty.
Tx: NuStep 8'. TherAct 97530 20': floor-to-waist lift 30# box 3x8, waist-to-shoulder 20# 2x8, simulated pallet picking w/ pivot (turn w/ feet, not trunk), push/pull cart 150#. TherEx 97110 10': KB deadlift 35# 3x6.
HEP updated: added KB deadlift (pt has KB at home) 3x8 2x/wk.
A: Lifting mechanics carryover good w/ min cues.
P: Cont; recheck ODI next visit.
""", "pap bb wt he", why="work-task simulation (TherAct) = 10"),

N("D70-E02-05", "2024-04-01", "Telephone Encounter", RP, """
Pt called – employer needs updated work status. Faxed restrictions update to HR (lifting up to 40 lb). Pt aware.
""", ""),

N("D70-E02-06", "2024-04-18", "Discharge Summary", RP, """
D/C SUMMARY
Visits: 5 (3/4–4/18/24), final visit today.
Tx provided: pt ed re: LBP/pain science, NMR (lumbopelvic control), progressive KB/DB strength training, NuStep conditioning, TherAct lifting/work simulation, HEP.
Outcomes: ODI 38% → 12%. P 6/10 → 1-2/10. Lifts 50# floor-to-waist w/ good mechanics.
Status: RTW full duty 4/15/24. Goals met. D/C to HEP.
""", "e sm wt pap bb he"),

# ---------------------------------------------------------------- D70-E03
# 64F retired teacher, fibromyalgia. TR (narrative). No HEP (declined), no motor control.
N("D70-E03-01", "2024-05-06", "Initial Evaluation", TR, """
Ms. D70-E03 is a 64-year-old retired middle school teacher referred by her rheumatologist with fibromyalgia (M79.7). She reports widespread pain for more than ten years, fatigue, non-restorative sleep and "brain fog". She has had PT twice before (2016, 2020) with a strengthening program she felt made her worse, and she tried acupuncture at a community clinic with short-lived relief. She enjoys gardening and her church choir but has stopped gardening entirely over the last year because of pain afterward. Current activity: walks to the mailbox, otherwise mostly sedentary. FIQR 61. PCS 28.
Exam: generalized tenderness, AROM within functional limits throughout, 5xSTS 16.2 s, 6MWT 340 m with RPE 13.
Assessment: presentation consistent with nociplastic pain with deconditioning and a boom-bust activity pattern. She is motivated and appropriate for a graded, education-based approach.
Today we spent most of the session on pain neuroscience education using the "alarm system" metaphor and discussed the boom-bust cycle and pacing. Goals set with the patient: garden 30 minutes at a time; sing through a full Sunday service standing.
Plan: 1x/week for 8 weeks: PNE, graded activity, walking program, relaxation training. Billed 97163, 97535.
""", "e",
  near="prior PT and acupuncture (before programme); 6MWT/5xSTS = tests (6 not coded); walking program and relaxation only planned"),

N("D70-E03-02", "2024-05-13", "Daily Note", TR, """
Ms. D70-E03 tried pacing in the garden: 15 minutes of weeding, a rest, then 15 more, and did not crash the next day as she usually does. We set a baseline for walking from her 6MWT and symptom response: she will walk 10 minutes on flat ground every other day this week and add 2 minutes per week as long as next-day pain stays within her usual range. She asked about the aquatic exercise class at the Y and I encouraged her to join, starting with the shallow-water class twice a week. We ended with 10 minutes of progressive muscle relaxation in supine, which she found calming. 45 min, 97535 x3.
""", "pa rx", why="individual walking plan + advice to join aquatic class = 3; walking plan is PA advice, not home_exercise"),

N("D70-E03-03", "2024-05-20", "Daily Note", TR, """
Walking 12 minutes every other day without a flare. She became tearful talking about the choir – she has missed three Sundays because she is afraid that standing for an hour will "wreck" the rest of her week. We talked about what singing in the choir means to her (community, her faith, her late mother sang beside her) and whether she would be willing to carry some discomfort for the sake of that. She chose to stand for the first half of this Sunday's service and sit for the second half, and to notice what happens rather than judge it. Brief body scan at the end (8 min). 40 min.
""", "act rx"),

N("D70-E03-04", "2024-06-03", "Telephone Encounter", TR, """
Returned pt's call. She went to choir both Sundays and stood for the first half; pain "about the same as always". Husband away next week, she will miss the 6/10 appt. Rescheduled to 6/17. No new concerns.
""", ""),

N("D70-E03-05", "2024-06-17", "Daily Note", TR, """
Walking 16-18 minutes 4x/week and attending the aquatic class twice a week. She had "a few bad days" after heavy gardening over the Memorial Day weekend; we went back over how a flare fits with what she learned about the nervous system and how to scale back without stopping. Discussed building walking to 20 minutes and adding the hill on her route. PMR practiced in sitting. 40 min.
""", "e pa rx"),

N("D70-E03-06", "2024-07-01", "Discharge Summary", TR, """
DISCHARGE SUMMARY
Ms. D70-E03 attended 5 of 6 scheduled visits between 5/6/24 and 7/1/24 for fibromyalgia. Treatment consisted of pain neuroscience education, activity pacing, a graded walking program with advice to add aquatic exercise, progressive muscle relaxation and body scan, and ACT-informed discussion of values and willingness around choir participation. FIQR 61 → 44. 6MWT 340 → 412 m. Gardening 30 min at a time: met. Standing through the full service: partially met (stands for about two thirds). She declined a formal home exercise program, preferring walking and the pool class, which she will continue independently. Discharged.
""", "e pa rx act", near="formal HEP declined (home_exercise not coded)"),

# ---------------------------------------------------------------- D70-E04
# 29M barista, R shoulder impingement. KD evals, MS (PTA) flowsheet notes. No education.
N("D70-E04-01", "2024-06-10", "Initial Evaluation", KD, """
PHYSICAL THERAPY INITIAL EVALUATION
Dx: M75.41 Impingement syndrome, R shoulder. Referring: orthopedics.
S: 29 y/o M barista/shift lead. R shoulder pain x 7 mo, gradual onset w/ repetitive overhead reaching (syrups/cups on high shelf) + recreational rock climbing. Pain 5/10 overhead, 2/10 rest, wakes 1-2x/night lying on R. s/p subacromial CSI 4/2024 (ortho) – relief x 3 wks. QuickDASH 34.
O: R shoulder AROM flex 160° p! at end range, abd 150° w/ painful arc 80-120°, ER 90°, IR T12 (L T8). MMT ER 4-/5 p!, scaption 4/5 p!. +Hawkins, +Neer, +empty can (pain). R scapular dyskinesis – early upward rotation, winging on lowering. Post capsule tightness R (cross-body 20° less than L).
A: S/s c/w subacromial pain syndrome w/ RC weakness, scapular dyskinesis and posterior capsule tightness. Good prognosis.
Tx: 97161. 97110 TherEx 10 min: sleeper stretch 3x30s, cross-body stretch 3x30s. 97112 NMR 10 min: scapular setting, serratus wall slides w/ foam roller.
HEP issued: sleeper stretch, cross-body stretch, wall slides. POC discussed w/ pt; pt agrees w/ POC.
P: 2x/wk x 6 wks. TherEx, NMR, manual, progressive RC/scapular loading.
""", "sf sm he", near="'POC discussed, pt agrees' = not education; CSI by ortho (other provider)"),

N("D70-E04-02", "2024-06-13", "Daily Note", MS, """
Pt arrived on time. Pain 3/10 at rest.
• Sleeper stretch 3x30s R
• Cross-body stretch 3x30s
• Scap retraction w/ RTB 3x12
• ER sidelying 2# 3x12
• Serratus punch supine 3# 3x12
• Wall slides w/ lift-off 2x10
Pt required VC for scap depression during ER. No increase in pain.
97110 x2, 97112 x1. Total timed 38 min.
""", "sf sm wt", why="free-weight RC exercises (2#, 3#) = 7 by the equipment rule (see README)"),

N("D70-E04-03", "2024-06-20", "Daily Note", MS, """
Pt reports less night pain, woke 1x this week. Pain 2/10.
• Sleeper stretch 2x30s
• ER sidelying 3# 3x12
• Cable row 25# 3x12
• Cable ER @ 0° abd 7.5# 3x12
• Prone Y/T 1# 2x10
• Scaption DB 3# to 90° 3x10, no painful arc
• Serratus wall slides w/ lift-off 2x12
HEP reviewed and updated w/ RTB ER/IR and prone Y/T per PT. Pt demo'd correct form.
97110 x3. Total timed 42 min.
""", "sf wt sm he"),

N("D70-E04-04", "2024-07-01", "Progress Note", KD, """
PROGRESS NOTE (visit 4)
S: Night pain resolved. Back to climbing at the gym 1x/wk on easy routes w/o pain. QuickDASH 16.
O: R flex 175°, abd 170° no painful arc. ER 4+/5, scaption 4+/5 pain-free. Neer neg, Hawkins mild +. Cross-body symmetrical.
Tx: 97140 (10 min) GH post glides gr III, STM infraspinatus. 97110 (15 min) cable ER/IR, landmine press 3x8, TRX rows 3x10.
A: Good progress toward LTG. Post capsule mobility restored.
P: 1x/wk x 3 wks, progress overhead loading; anticipate d/c to HEP + climbing.
""", "sf wt", near="climbing = pt's own activity"),

N("D70-E04-05", "2024-07-22", "Discharge Summary", KD, """
DISCHARGE SUMMARY – R shoulder impingement
Visits: 5 (6/10–7/22/24); pt no-showed 7/8.
Interventions: stretching (sleeper/cross-body), manual therapy (GH mobs, STM), scapular NMR, progressive RC/scapular strengthening w/ DB and cable, HEP.
Outcomes: QuickDASH 34 → 5. Pain-free overhead reaching at work. Climbing 2x/wk.
Goals met. D/C to independent HEP.
""", "sf sm wt he"),

# ---------------------------------------------------------------- D70-E05
# 45F RN, chronic LBP w/ high fear-avoidance. KD + RP.
N("D70-E05-01", "2024-02-12", "Initial Evaluation", KD, """
PHYSICAL THERAPY INITIAL EVALUATION
Dx: M54.50 Low back pain. Referring: NP, primary care.
S: 45 y/o F RN, med-surg floor, 12-h shifts. LBP x 18 mo after pt-handling incident (boosting a pt in bed). Intermittent FMLA. Pain 6/10. Avoids bending, sits to put on shoes, has stopped running and stopped picking up her 4 y/o. States "I'm scared I'll end up like my mother, who had 3 back surgeries." TSK-11 34. ODI 44%. STarT Back high risk (psych subscore 4/5).
O: Guarded movement, lumbar flex to knees w/ slow return, ext WNL. Neuro intact. SLR neg. Hip ext/abd 4/5. Poor lumbopelvic dissociation in quadruped rocking.
A: Chronic LBP w/ high fear-avoidance beliefs; psychologically informed PT approach indicated.
Tx: 97162. Pt educated re: LBP prognosis, imaging not indicated, pain ≠ damage. 97112 NMR (8 min): quadruped rocking w/ neutral spine, supine TA bracing.
HEP: quadruped rocking 2x10, bracing 10x10s.
P: 2x/wk x 6 wks: graded exposure to feared activities (bending, lifting, running), NMR, aerobic conditioning, HEP. Consider pain psychology referral if limited progress.
""", "e sm he", near="graded exposure planned (9 not coded); pain psychology only considered"),

N("D70-E05-02", "2024-02-15", "Daily Note", RP, """
S: P 5/10. Did HEP daily.
Tx: Treadmill walk 10' at 3.0 mph w/ PT, graded to 3.3 mph – pt surprised no increase in LBP. NMR 97112 15': hip hinge w/ dowel, bird dog, dead bug. Graded exposure 97530 10': fwd bend to floor to pick up pen x10 – pt predicted 7/10 pain, actual 3/10; discussed expectation vs outcome.
A: Less guarding w/ repetition.
P: Progress exposure → lifting.
""", "pap sm act"),

N("D70-E05-03", "2024-02-22", "Daily Note", RP, """
S: Put her shoes on standing 3x this wk. P 4/10.
Tx: TM 12' incl 2' jog intervals x2 (first running since 2022) – tolerated. Exposure 97530: lift 10# then 20# box floor→waist; lift 35# weighted doll (size of her 4 y/o) from floor to hip. Anxious on 1st rep, then "ok". NMR: side plank 3x20s, SL RDL no wt 2x8.
Advised walk 30 min 4x/wk + 1 easy jog-walk session on weekend.
A: Tolerating progressive exposure, fear decreasing.
P: Cont.
""", "pap act bb sm pa",
  why="exposure to lifting her child = 9 and practice of a specified activity = 10; box lifts are activity practice, not 7"),

N("D70-E05-04", "2024-03-04", "Telephone Encounter", KD, """
Pt called, pain 7/10 since Sat after a double shift + moving furniture. Worried she "re-injured" it. No red flags (denies bowel/bladder change, saddle numbness, progressive weakness). Reassured – flare-ups are common and expected and not a sign of new damage. Flare plan reviewed: keep moving w/ short walks, cut HEP reps in half for a few days, heat PRN. Keep Thurs appt.
""", "e pa he sf",
  why="flare reassurance = 1; 'keep moving w/ short walks' = 3; reduced HEP dose = re-prescribed home regime; heat advised = 4 (see README, ambiguous)"),

N("D70-E05-05", "2024-03-07", "Daily Note", RP, """
S: Flare settled by Tue. Back at work. P 3/10.
Tx: TM 15' walk/jog. MI re: running goal – importance 9/10, confidence 6/10; what would move confidence to 7? → pt decides to sign up for a charity 5K in May w/ her sister. NMR: SL RDL w/ reach 2x8, lateral step-downs 2x10.
HEP updated: SL RDL + step-downs added. Advised C25K wk 2 (jog-walk) 3x/wk.
P: 1-2 more visits then d/c.
""", "pap act sm he pa"),

N("D70-E05-06", "2024-03-21", "Discharge Summary", KD, """
DISCHARGE SUMMARY
Visits: 5 (2/12–3/21/24) + 1 phone call.
Interventions: pain education/reassurance, graded exposure to bending, lifting (incl. lifting her daughter) and running, MI around running goal, NMR for lumbopelvic control, supervised treadmill walk/jog, activity advice (walking, C25K), HEP.
Outcomes: ODI 44% → 14%. TSK-11 34 → 20. Lifts her daughter; running 3x/wk.
D/C to HEP. Pain psychology referral not needed.
""", "e act bb sm pap pa he", near="pain psychology referral not needed (negated)"),

# ---------------------------------------------------------------- D70-E06
# 57M CPA, myofascial neck pain, dry needling. RP. HEP declined; no motor control.
N("D70-E06-01", "2024-09-09", "Initial Evaluation", RP, """
IE – neck/R UT
Dx M54.2, M79.18. Direct access.
S: 57M CPA, chronic R neck/UT pain x 3 yrs, worse in tax season. P 6/10. NDI 26%. Had DN at another clinic 2022, "best thing that ever helped"; requests DN. Sees massage therapist q 2 wks (cont). Golf on weekends.
O: Cx AROM R rot 65°, L SB 30° (tight R). Active TrPs R UT, levator, infraspinatus reproducing familiar pain. Neuro intact.
A: Myofascial neck pain. Appropriate for DN; consent signed, PMH screened (no anticoagulants, no needle phobia).
Tx: 97161. DN R UT x2, levator x1, infraspinatus x2, pistoning, LTRs elicited. Moist heat 10' post-needling (97010).
HEP offered – pt declines ("I won't do it"). Brief desk setup advice: center primary monitor, top of screen at eye level.
P: 1x/wk x 4 wks DN + manual.
""", "ss sf e",
  why="dry needling coded 5 as needling/acupuncture-type sensory stimulation (see README); moist heat = 4; desk setup = ergonomics 1",
  near="HEP offered and declined; DN at another clinic 2022; massage therapist = other provider"),

N("D70-E06-02", "2024-09-16", "Daily Note", RP, """
S: Sore 2 days post-DN, then better than before. P 4/10.
Tx: DN R UT x2, levator x1, splenius capitis x1. 97140 10': STM R UT/levator, C-spine lateral glides.
A: Fewer active TrPs; R rot 72°.
P: Same next wk.
""", "ss sf"),

N("D70-E06-03", "2024-09-23", "Daily Note", RP, """
S: P 3/10. Played 18 holes Sat, no issue.
Tx: DN infraspinatus x2, R UT x1. 97140 8': STM, UT stretch w/ contract-relax.
Pt again declined HEP.
P: 1 more then reassess.
""", "ss sf", near="HEP declined again"),

N("D70-E06-04", "2024-10-07", "Telephone Encounter", RP, """
Pt LVM – tax extension deadline, can't make 10/7 or 10/14. Called back, rescheduled to 10/21. Neck "fine for now".
""", ""),

N("D70-E06-05", "2024-10-21", "Discharge Summary", RP, """
D/C summary – 4 visits 9/9–10/21/24.
Tx: dry needling (4 sessions), manual therapy (STM, C-spine glides, UT contract-relax stretch), moist heat, brief ergonomic advice. Pt declined HEP throughout.
Final visit today: DN R UT x1.
Outcome: NDI 26% → 10%. P 6 → 2/10. Cx R rot 65° → 78°.
Pt satisfied, d/c. Will self-refer PRN.
""", "ss sf e", near="HEP declined"),

# ---------------------------------------------------------------- D70-E07
# 33F admin asst, postpartum pelvic girdle pain. RP eval, MS (PTA), KD. No education.
N("D70-E07-01", "2024-04-15", "Initial Evaluation", RP, """
IE – postpartum LBP/PGP
Dx M54.50, M53.3. Ref: OB.
S: 33F admin asst, 7 mo postpartum (SVD). LBP + L post pelvic pain since 3rd trimester, not resolving. Worse lifting infant car seat, getting baby in/out of crib, prolonged standing. PGQ 42%. Cleared by OB for exercise. Sees pelvic floor PT at another clinic for SUI (ongoing).
O: ASLR + L (improves w/ compression). P4 + L. FABER + L (post pelvic pain). SL stance L: Trendelenburg. Hip abd 4-/5 L.
A: Postpartum PGP L w/ impaired load transfer.
Tx: 97162. 97112 NMR 15': TA + multifidus co-contraction sidelying, bridge w/ ball squeeze, SL stance w/ UE support.
Pt educated on HEP: bridge w/ ball 2x10, sidelying clam 2x15, TA activation 10x10s. Return demo good.
P: 1x/wk x 8 wks: NMR, TherAct (infant-care tasks), HEP.
""", "sm he",
  why="'educated on HEP' = instruction in home exercises (home_exercise), not Education (1)",
  near="pelvic floor PT elsewhere (other provider); TherAct planned"),

N("D70-E07-02", "2024-04-22", "Daily Note", MS, """
Pt reports L pelvic pain 4/10, improving w/ HEP.
• Bridge w/ ball 3x10
• Clamshells GTB 3x15 L
• Bird dog 2x8 ea
• Side plank from knees 3x15s
• Step-ups 6" w/ level pelvis 2x10
• TherAct: car seat lift floor → waist w/ 15# (weighted bag in car seat), hip hinge + exhale, 2x5; crib transfer simulation at plinth w/ 16# doll, 2x5
Min VC for pelvic level on step-ups.
97112 x2, 97530 x1.
""", "sm bb"),

N("D70-E07-03", "2024-05-06", "Daily Note", MS, """
Pain 2-3/10. Lifting car seat at home w/ less pain.
• Bird dog 3x10
• Side plank full 3x20s
• Step-ups 8" 2x12
• SL RDL no wt 2x8
• Pallof press RTB 2x10 ea
• TherAct: stroller fold/lift into trunk (simulated, 20# bag to plinth height) 2x5; floor-to-stand w/ 16# doll via half-kneel 2x5
HEP updated per PT: added side plank, SL RDL.
97112 x2, 97530 x1.
""", "sm bb he"),

N("D70-E07-04", "2024-05-20", "Progress Note", KD, """
PROGRESS NOTE
S: "Most days I forget about it." PGQ 18%. Occasional ache after long standing at the stove.
O: ASLR neg. P4 neg. SL stance L 30 s, no Trendelenburg. Hip abd 4+/5.
Tx: 97112 (15 min) SL squat to box, lateral lunges. 97530 (10 min) carrying infant car seat + diaper bag up/down 12 stairs.
A: Significant progress, STGs met.
P: 2 more visits; pt interested in return to running.
""", "sm bb"),

N("D70-E07-05", "2024-06-10", "Discharge Summary", KD, """
DISCHARGE SUMMARY
Visits: 5 (4/15–6/10/24). Dx: postpartum PGP L.
Interventions: NMR for lumbopelvic control, functional training of infant-care tasks (car seat, crib, stroller, stairs w/ car seat), HEP.
Outcomes: PGQ 42% → 9%. All goals met.
Return-to-run program discussed but deferred by pt (wants to start in the fall); she will contact the clinic when ready.
D/C to HEP.
""", "sm bb he", near="return-to-run deferred (planned, not given; 3 not coded)"),

# ---------------------------------------------------------------- D70-E08
# 70M retired machinist, chronic back pain + fall risk. KD (PT), MS (PTA). No education.
N("D70-E08-01", "2024-10-01", "Initial Evaluation", KD, """
PHYSICAL THERAPY INITIAL EVALUATION (Medicare Part B)
Dx: M54.6 thoracic pain; M54.50 LBP; R26.81 unsteadiness on feet.
S: 70 y/o M retired machinist, lives w/ wife in 2-story home. Chronic mid/low back pain x 10+ yrs; 2 falls in past 6 mo (curb outdoors; at night going to bathroom). No AD. Pain 4/10. ABC 58%. Walks dog 15 min daily.
O: Increased thoracic kyphosis. Lumbar ext 25% limited. BERG 44/56. TUG 13.8 s. 5xSTS 17 s. SLS R 4 s, L 3 s. Gait: decreased step length, wide BOS.
A: Chronic spinal pain w/ impaired balance and LE weakness → increased fall risk (BERG <45, TUG >13.5 s).
Tx: 97163 eval high complexity. 97112 NMR (10 min): tandem stance at counter 3x20s, staggered stance w/ head turns.
HEP instructed: sit-to-stand from chair 2x10, tandem stance at kitchen counter 3x30s, heel raises 2x15. Pt verbalized understanding. Handout provided.
P: 2x/wk x 8 wks: NMR/balance, TherEx LE strengthening, gait training, HEP. Cert period 10/1–11/26/24.
""", "sm he",
  near="BERG/TUG/5xSTS/SLS = tests; dog walking = pt's own activity; 'verbalized understanding' is not education content"),

N("D70-E08-02", "2024-10-08", "Daily Note", MS, """
Pt reports no falls since eval. Back pain 3/10.
• NuStep L4 10 min warm-up (HR 96 post)
• Leg press 50# 3x10
• Hip abd machine 30# 2x12
• Standing heel raises 2x15
• Balance: foam tandem stance 3x20s CGA, step-over hurdles x 6 laps, ball toss in staggered stance
• Gait w/ head turns 2x 60 ft
97110 x2, 97112 x2. Total 52 min.
""", "pap wt sm"),

N("D70-E08-03", "2024-10-15", "Daily Note", MS, """
No falls. Wife says he is "walking more confidently".
• NuStep L5 10 min
• Leg press 60# 3x10
• Seated row 30# 3x10
• Step-ups 6" fwd/lat 2x10, 1 UE support
• Balance: SLS at counter 3x10s ea, foam w/ EC 3x20s (CGA), braiding 4x 20 ft
97110 x2, 97112 x2.
""", "pap wt sm"),

N("D70-E08-04", "2024-10-29", "Telephone Encounter", KD, """
Wife called – pt has URI, will miss this week and next. Asked whether he should keep doing his exercises; advised he can resume HEP when he feels better. Rescheduled 11/19.
""", "", near="'resume HEP' = continuation"),

N("D70-E08-05", "2024-11-19", "Progress Note", KD, """
PROGRESS NOTE / RECERT
S: No falls since starting PT. Walking the dog 30 min now. Back pain 2/10. ABC 74%.
O: BERG 51/56. TUG 10.2 s. 5xSTS 12.9 s. SLS R 9 s, L 8 s.
Tx: NuStep 8'. 97112 (15 min): perturbation training on foam, obstacle course w/ dual task (naming animals). 97110 (15 min): leg press 80#, seated row 40#.
HEP progressed: SLS at counter w/ EC, step-ups on bottom stair 2x10.
A: Fall risk substantially reduced (BERG >45, TUG <13.5 s).
P: Recert through 12/20. 2-3 more visits, then d/c to HEP + senior fitness class at the Y.
""", "pap sm wt he", near="senior fitness class only planned (3 not coded)"),

N("D70-E08-06", "2024-12-10", "Discharge Summary", KD, """
DISCHARGE SUMMARY
Visits: 5 (10/1–12/10/24); attended ~1x/wk d/t transportation, out w/ URI 10/29–11/12.
Interventions: balance/NMR training, NuStep conditioning, progressive LE/trunk strengthening on machines, HEP.
Outcomes: BERG 44 → 53/56. TUG 13.8 → 9.6 s. No falls during episode. Pt enrolled in a senior fitness class at the Y on his own initiative, started 12/2.
D/C to HEP.
""", "sm pap wt he", near="fitness class on pt's own initiative (3 not coded)"),

# ---------------------------------------------------------------- D70-E09
# 41F HS teacher, L gluteal tendinopathy + LBP. TR, KD.
N("D70-E09-01", "2024-08-19", "Initial Evaluation", TR, """
Ms. D70-E09 is a 41-year-old high school chemistry teacher who presents with left lateral hip and low back pain of about 14 months' duration. Pain began when she increased her running mileage for a half marathon; she stopped running in the spring but the pain has persisted, now aggravated by side-lying at night, climbing the stairs at school and standing in the lab for long periods. She has been doing a glute program from YouTube without change. Pain 5/10, LEFS 52/80.
On examination she is tender over the left greater trochanter, has pain with single-leg stance at 20 seconds, a positive FADER and resisted external derotation test, hip abduction 4-/5 on the left with pain, and reduced lumbopelvic control in single-leg squat with contralateral pelvic drop. Lumbar screen unremarkable. Her TFL and hip flexors are restricted on the left.
Impression: left gluteal tendinopathy with secondary low back pain.
I explained the tendon load model and why compressive positions (crossing her legs, hanging on one hip, side-lying without a pillow) irritate the tendon, and gave specific positioning advice for sleep and for standing in the lab. We started isometric hip abduction in supine against a belt (5 x 45 s), which she will do daily at home. Since she wants to get back to running, I suggested she keep up her fitness on a stationary bike or in the pool three times a week for now instead of running.
Plan: 1-2x/week for 8 weeks: progressive tendon loading, lumbopelvic control, hip flexor mobility, graded return to running.
""", "e he pa",
  why="isometric tendon loading w/ belt is not motor control (2) and uses no weights (7): only home_exercise (see README)",
  near="YouTube glute program = pt's own; SLS 20 s = test"),

N("D70-E09-02", "2024-08-26", "Daily Note", KD, """
S: Sleeping better w/ pillow between knees. Pain 4/10. Isometrics daily.
Tx:
97110 TherEx (15 min): sidelying hip abd w/ 2# ankle wt 3x12, standing cable hip abd 10# 3x10, bridges w/ band 3x12.
97112 NMR (10 min): SL stance w/ level pelvis 3x30s, step-downs 4" 2x10 w/ mirror.
97140 Manual (8 min): L hip flexor/TFL STM, Thomas position stretch 3x30s.
A: Good tolerance. Less pelvic drop w/ mirror feedback.
P: Progress loading.
""", "wt sm sf"),

N("D70-E09-03", "2024-09-09", "Daily Note", KD, """
S: Pain 3/10. Stairs at school easier.
Tx:
97110 (20 min): cable hip abd 15# 3x10, split squat w/ DBs 15# ea 3x8, side plank w/ top-leg abd 3x10, SL leg press 60# 3x10.
97112 (10 min): SL RDL w/ reach, lateral band walks w/ pelvic control.
HEP updated: side plank w/ abd, SL RDL, split squat (pt has DBs at home). Gym program written for her school's fitness room 2x/wk.
P: Recheck LEFS next visit; start return-to-run if SL hop pain-free.
""", "wt sm he"),

N("D70-E09-04", "2024-09-23", "Progress Note", KD, """
S: Pain 1-2/10. LEFS 70/80. No night pain.
O: Hip abd 4+/5 pain-free. SL squat w/o pelvic drop. SL hop x10 pain-free.
Tx: 97110 (15 min): gym program reviewed, loads progressed (cable abd 20#, split squat 20# DBs). 97112 (10 min): SL hops in place, A-skips.
Return-to-run: walk/run program issued (1' run/1' walk x 10, 3x/wk, progress per handout). Advised to keep cycling on off days.
A: Ready for graded return to running.
P: 1-2 more visits.
""", "wt sm pa he",
  why="walk/run program and cycling advice = 3; progressed gym program = home_exercise"),

N("D70-E09-05", "2024-10-14", "Discharge Summary", TR, """
Ms. D70-E09 was seen for five visits between August 19 and October 14, 2024, for left gluteal tendinopathy with secondary low back pain. She received education on tendon load management and positioning, progressive hip strengthening with cable, dumbbell and leg press loading, lumbopelvic control training, soft tissue work and stretching of the hip flexors and TFL, advice to cross-train on the bike and in the pool, and a graded walk-run program. She ran 5 km continuously last weekend without pain afterward and her LEFS is 76/80. She will continue her gym program independently twice weekly and is discharged.
""", "e wt sm sf pa he"),

# ---------------------------------------------------------------- D70-E10
# 36M biotech lab manager, persistent LBP w/ stress. TR, KD.
N("D70-E10-01", "2024-11-04", "Initial Evaluation", TR, """
Mr. D70-E10 is a 36-year-old biotech lab manager who self-referred for low back pain of three years' duration. He describes a constant ache across the low back, 5/10, flaring to 8/10 during deadline weeks, along with poor sleep and jaw clenching. He used to lift weights and play pickup basketball but stopped both two years ago because he is "waiting for the back to heal first". He has had two prior courses of PT with core exercises, a chiropractor, and an MRI showing mild degenerative disc changes at L4-5 and L5-S1. ODI 30%, PCS 31, PSS-10 24.
Examination shows full lumbar range with guarding, normal neurology and no directional preference. He breathes predominantly in the upper chest at 20 breaths per minute at rest.
Impression: persistent non-specific low back pain maintained by stress, sleep loss and avoidance of valued activity.
We went through his MRI report in some detail; I explained how common these findings are in pain-free people his age and how stress and poor sleep turn up the sensitivity of the nervous system. We then practiced slow diaphragmatic breathing with a longer exhale for about eight minutes; his resting rate came down to 12. He will practice this twice a day and before bed.
Plan: weekly for 6 weeks: relaxation and breathing, values-based goal work, graded return to lifting and basketball, TENS trial for flare management.
""", "e rx he", near="prior PT/chiro (before programme); TENS trial and values work only planned"),

N("D70-E10-02", "2024-11-11", "Daily Note", TR, """
He has practiced the breathing most nights and is falling asleep faster. Today we talked about what he has put on hold: Sunday-morning basketball with his college friends, and lifting, which he calls "the thing that used to clear my head". We looked at how waiting for the pain to go away first has played out over two years, and he agreed to go to the Sunday game and shoot around for 20 minutes without playing full court. We also trialled a TENS unit on the low back (conventional, 80 Hz, 30 min) during the session; he found it took the edge off and will rent a unit for flare days. 45 min.
""", "act ss",
  why="shooting around = committed action agreed in ACT work (9), not stated PA advice (3 not coded)"),

N("D70-E10-03", "2024-11-18", "Daily Note", KD, """
S: Went to Sunday game, shot around 25 min, sore next day, "worth it". Used rented TENS unit at home on 2 bad days. P 4/10.
Tx:
Mindfulness-based movement (15 min): slow squats and hinges w/ attention to breath and sensation in feet/hips; noticing thoughts about pain w/o acting on them.
Pt ed (10 min): pacing vs boom-bust for return to lifting.
Advised: walk 20-30 min at lunch on non-gym days; restart gym 2x/wk at ~50% of previous loads.
HEP updated: bodyweight squat + hip hinge 2x10 daily.
P: Cont per POC.
""", "rx e pa he",
  why="'restart gym at ~50% loads' = advice on own training (home_exercise); no individualised weight exercises given, 7 not coded (see README)",
  near="home TENS use reported (continuation, 5 not coded)"),

N("D70-E10-04", "2024-11-25", "Telephone Encounter", KD, """
Pt called – flare after lifting boxes for Thanksgiving, 7/10. No red flags. Reminded him of his flare plan (TENS, breathing, keep walking). Pt feels he can manage. Appt 12/9 confirmed.
""", "", near="reminder of existing flare plan - continuation, nothing new prescribed (see README)"),

N("D70-E10-05", "2024-12-09", "Daily Note", TR, """
Back at the gym twice last week at about half his old weights, and played a half-court game on Sunday. Pain 3/10, ODI 14%. We spent the session on what he wants to keep doing after discharge and what gets in the way, particularly deadline weeks; he wrote down three specific commitments (gym Tue/Thu, Sunday basketball, breathing before bed) and what he will do when pain flares rather than stopping. Brief 5-minute body scan at the end.
""", "act rx"),

N("D70-E10-06", "2024-12-16", "Discharge Summary", TR, """
Mr. D70-E10 attended five visits between November 4 and December 16, 2024. Treatment included education on imaging findings, stress and pain; breathing and mindfulness-based movement practice; ACT-informed work on values and committed action around basketball and lifting; a TENS trial with a home rental unit for flares; advice on lunchtime walking and a graded return to the gym; and home exercises. ODI 30% → 12%. Discharged to self-management.
""", "e rx act ss pa he"),
]

"""English notes of devset72, written by hand one at a time, each with its human coding.

Setting (fictional): physiotherapy outpatient clinic at a regional hospital in Auckland, New Zealand;
ACC-funded injury rehabilitation and a persistent pain stream.

Every clinician and patient is invented. Patients appear only as codes.

note(note_id, date, note_type, author, codes, text, why="")  -- same shape as notes_sv.py
"""

NOTES = []


def note(note_id, date, note_type, author, codes, text, why=""):
    NOTES.append((note_id, date, note_type, author, codes, text, why))


HW = "Hannah Whitcombe, Physiotherapist"                   # S/O/A/P
RTA = "Rawiri Te Aho, Physiotherapist"                      # terse shorthand (Pt, HEP, STM, mobs, r/v)
PN = "Priya Nair, Senior Physiotherapist (Persistent Pain)"  # narrative prose, pain science and ACT
TF = "Tom Fairbairn, Physiotherapist"                       # bullet lists under headings


# ---------------------------------------------------------------- D72-E01  (HW) knee after partial meniscectomy, builder
note("D72-E01-01", "2024-07-08", "Initial assessment", HW, "edu sens home", """
S: 34yo M, builder. ACC claim – R knee twisting injury playing club rugby Apr 2023. R medial meniscal tear, arthroscopic partial meniscectomy Oct 2023 (private ortho). Persistent medial knee pain since, worse with squatting, kneeling and stairs. Pain 4–6/10. Knee 'gives way' 1–2x/wk on uneven ground. Not back at rugby. On light duties.
O: Mild effusion R (sweep test 1+). ROM R 0–130, L 0–145. No quads lag. SL squat R: knee valgus, trunk lean. SL balance eyes closed R 6 s, L 22 s. Hop testing deferred.
A: Persistent post-meniscectomy knee pain with quads/hip weakness and reduced neuromuscular control R.
P: Education re meniscectomy recovery, load management, and that some pain with exercise is acceptable (traffic light system, ≤4/10). Neuromuscular exercises started – SL balance on foam with perturbation, mini squats with band around knees for alignment, step-downs in mirror. HEP given (Physitrack), daily. R/v 1/52.
""", why="near-miss: SL balance eyes closed is a test in O, the training is in P")

note("D72-E01-02", "2024-07-15", "Treatment", HW, "papt weight sens home", """
S: Doing HEP most days. Gave way once on site.
O: SL balance R 10 s.
Rx: Warm-up on stationary bike 10 min with me, RPE 11–12. Gym: leg press 3x10 60 kg, seated knee ext 3x12 20 kg, hamstring curl 3x12 25 kg. Balance: SL stance on Bosu 3x30 s, ball catch.
P: Gym programme written for him to do at his local gym 2x/week. R/v 1/52.
""")

note("D72-E01-03", "2024-07-26", "Phone call", HW, "-", """
Phoned pt re missed appt. Was called away to a job in Hamilton. Rebooked for 30/7. States he has been to the gym once.
""")

note("D72-E01-04", "2024-07-30", "Treatment", HW, "papt weight sens home", """
S: Pain 2–3/10. Knee feels stronger. Keen to get back to touch rugby.
O: No effusion. SL squat R alignment improved. Y-balance anterior reach R 58 cm, L 66 cm.
Rx: Bike 10 min. Leg press 3x8 80 kg, split squat with DBs 2x12 kg 3x8. Agility ladder and lateral shuffles, cutting drills at 50% – focus on knee control.
A: Progressing well. Not yet ready for contact.
P: Return to touch discussed – not yet, revisit in 3/52. Gym programme updated (copy in file).
""", why="near-miss: Y-balance is a test; return to touch discussed but deferred -> no PA advice (3)")

note("D72-E01-05", "2024-09-10", "Discharge summary", HW, "edu sens papt weight home", """
Discharge summary – R knee (ACC)
Seen for 3 sessions Jul 2024 plus phone contact; final review by phone. Management: education on load management after meniscectomy, neuromuscular/balance retraining, supervised strength training in clinic gym with stationary bike warm-up, agility drills, progressed to an independent gym programme.
Outcomes: LEFS 48 → 71. No giving-way episodes for 5 weeks. Back on full duties. Returned to touch rugby last week without issues.
Discharged to self-management. Letter to GP and ACC.
""")


# ---------------------------------------------------------------- D72-E02  (RTA) chronic LBP, scaffolder
note("D72-E02-01", "2024-08-05", "Initial assessment", RTA, "edu struct", """
IA. 52M scaffolder. ACC – lifting injury Mar 2022, LBP ever since. Central LBP, no leg sx. Worse bending, lifting, AM stiffness 30 min. P 5/10, 8/10 end of day. Prev physio 2022 (other clinic) – acup, nil benefit. Off work 2/52 currently, GP cert.
Nil red flags. Sleep ok.
O/E: Lumb flex to knees, p! on return. Ext 1/2 range. PAIVMs L4/5 stiff + p!. Neuro NAD. Poor lumbopelvic dissociation in 4pt kneel.
Imp: Chronic NSLBP, mechanical, movement control impairment.
Rx: Education – back pain, prognosis, hurt ≠ harm. STM lumbar paraspinals. L4/5 CPA mobs gr III.
Plan: MC ex next session. Pt declined dry needling.
""", why="near-miss: previous acupuncture at another clinic; dry needling declined; motor control planned")

note("D72-E02-02", "2024-08-12", "Treatment", RTA, "struct sens home paadv", """
Tx 2. P 4/10. Stiff AM.
Rx: STM + mobs as before. MC: 4pt rocking, TrA set + bridge, bird dog. HEP issued (3 ex, 2x/day).
Advised: walk 20 min daily, flat, build up.
""")

note("D72-E02-03", "2024-08-26", "Treatment", RTA, "sens", """
Tx 3. HEP ok. Walking 20 min most days. Back at work light duties.
Rx: MC progression – dead bug, side plank on knees, SL bridge. Hip hinge drill w/ dowel.
Nil manual today.
""", why="near-miss: 'Nil manual today' negated; walking reported")

note("D72-E02-04", "2024-09-09", "Phone call", RTA, "edu paadv", """
Ph call. Flare after lifting scaffold planks at work Fri. P 7/10, no leg sx. Reassured. Advice: keep moving, short walks, heat pack PRN, modify lifting – 2-person lift for planks this wk. Continue HEP.
""", why="ambiguous: heat pack PRN is self-management advice, read as education not (4); 'Continue HEP' is continuation -> home 0")

note("D72-E02-05", "2024-09-23", "Treatment", RTA, "bbat sens home", """
Tx 4. Flare settled. Full duties from Mon.
Rx: Lifting practice – floor to waist 15 kg box, then carry 20 kg over 10 m, hip hinge + bracing. Side plank full 3x20 s.
HEP updated: side plank, SL RDL.
""", why="work-specific lifting practice = training of specified activities (10)")

note("D72-E02-06", "2024-10-21", "Discharge summary", RTA, "edu struct sens bbat paadv home", """
D/C summary. 4 sessions + 1 ph. Rx: education (pain, prognosis, lifting modification), STM/mobs, motor control ex, work-specific lifting practice, walking advice, HEP. ODI 38% → 16%. FT work. D/C.
""")


# ---------------------------------------------------------------- D72-E03  (PN) persistent widespread pain after MVA
note("D72-E03-01", "2024-06-04", "Initial assessment", PN, "edu", """
Initial assessment, Persistent Pain physiotherapy.
41-year-old woman, referred by her GP under her ACC claim following a motor vehicle accident in 2021 (rear-ended at lights). Initially neck and upper back pain, which has since spread to involve her low back, both arms and at times her legs. She describes constant aching, 6/10 on average, with flares lasting days after busy periods. She has stopped working as a teacher aide and now does very little beyond essential tasks at home; she used to garden and go tramping with her whānau. Sleep is broken. She is anxious that she is doing damage when pain increases. She sees the pain service's clinical psychologist for low mood, and her GP manages her medication.
On examination she moves slowly and guardedly, with widespread tenderness. Neurological screen is normal. PSEQ 18/60, TSK 44.
Today we spent most of the session on understanding her pain. I explained how the nervous system can stay on high alert after an injury, so that pain no longer reflects tissue damage, using the alarm system analogy. She found this helpful and a bit of a relief. We talked about the boom-bust pattern she recognised in herself and introduced the idea of pacing.
We agreed on her goals: to spend an hour in the garden, and to go for a short walk on the beach with her nieces.
Plan: fortnightly sessions; next time baseline activity diary and relaxation.
""", why="near-miss: psychologist = other provider; goals at start not (9); relaxation only planned")

note("D72-E03-02", "2024-06-18", "Treatment", PN, "edu paadv relax home", """
She brought her activity diary, which showed big days followed by two or three days on the couch. We set baselines: gardening 15 minutes at a time with a break, and walking 10 minutes daily on flat ground whatever the pain level that day. We practised diaphragmatic breathing lying down and then sitting, and she will use the breathing twice a day and before gardening. She looked worried about walking every day 'even on bad days'; we talked again about hurt not equalling harm.
""", why="pacing baselines + hurt/harm = education; walking baseline = PA advice; breathing twice daily = regime on her own (home)")

note("D72-E03-03", "2024-07-02", "Treatment", PN, "bbat act relax", """
Good fortnight overall; she has kept to her walking baseline on 11 of 14 days. Today we practised tasks she has been avoiding: hanging out the washing (reaching overhead repeatedly, which she expected to flare her neck) and kneeling to weed, using the raised planter boxes in the gym. She managed both with pain around 5/10 and no flare by the end of the session. We talked about what gardening means to her – her mother's garden, time outdoors with her partner – and she chose to commit to 15 minutes in the garden on three days this week even if the pain is up. A brief mindfulness-of-breath practice to close.
""")

note("D72-E03-04", "2024-07-16", "Telehealth", PN, "edu paadv", """
Telehealth (video) as she had no transport. Reports a flare after a family event on Saturday – she was on her feet most of the day. We went through the flare plan together: reduce but don't stop, keep the walks short, use the breathing, resume baselines once settled. She has been doing that and is already feeling better. No new symptoms. Next in-person appointment confirmed.
""", why="ambiguous: reviewing a flare plan = coping education (1) and advice to keep walking short (3); breathing mentioned but not practised -> no (8)")

note("D72-E03-05", "2024-08-13", "Treatment", PN, "paadv bbat home", """
She has been to the beach with her nieces once and walked along the sand for about 15 minutes, which she described as 'a big deal'. We agreed to progress her walking baseline to 20 minutes and gardening to 25 minutes with one break. We worked on getting down to and up from the ground, which she needs for gardening and playing with the children, practising half-kneel to stand several times. Updated home programme: sit-to-stand, half-kneel transitions, breathing practice. Pain 5/10 today, PSEQ 31.
""")

note("D72-E03-06", "2024-09-24", "Discharge summary", PN, "edu relax bbat act paadv home", """
Discharge summary. Seen for four sessions plus one telehealth review over four months for persistent widespread pain following MVA. Interventions: pain neuroscience education and pacing, diaphragmatic breathing and brief mindfulness practice, graded practice of avoided daily tasks (washing, gardening, floor transfers), values-based goal work and committed action, walking programme, home exercise programme. PSEQ 18 → 35, TSK 44 → 32, pain 6 → 5/10. Gardening 30 minutes most days. Continues to see the pain service psychologist. Discharged.
""")


# ---------------------------------------------------------------- D72-E04  (TF) chronic ankle instability, netball
note("D72-E04-01", "2024-10-01", "Initial assessment", TF, "edu sens struct home", """
Initial assessment – L ankle (ACC)
Subjective
- 27F, nurse. Recurrent L lateral ankle sprains, latest Jul 2024 at netball (4th in 3 yrs). Persistent lateral ankle pain, feels 'unstable' on uneven ground and when turning.
- Wears a lace-up brace bought from the pharmacy for netball. Not playing since July.
- Pain 3/10 walking, 6/10 after shifts.
Objective
- Mild swelling ATFL region. Ant drawer: slight laxity L vs R.
- SL balance L 8 s, R 30 s (eyes open). SEBT anterior reach L 60 cm, R 72 cm.
- Knee-to-wall L 9 cm, R 12 cm.
Assessment
- Chronic ankle instability L with sensorimotor deficit.
Plan/Tx
- Education re CAI, why balance training matters, expected timeframe (8–12 wks).
- Balance programme: SL stance on floor → pillow, eyes open/closed, 3x30 s daily.
- Calf stretch in standing (knee straight/bent) – 3x30 s.
- R/v 2/52.
""", why="near-miss: SEBT and SL balance in Objective are tests; pharmacy brace is her own")

note("D72-E04-02", "2024-10-15", "Follow-up", TF, "struct sens home", """
- Doing balance most days, SL balance L 18 s.
- Rx: Talocrural AP mobs gr III–IV L (knee-to-wall 9 → 11 cm post).
- Progressed balance: SL on wobble board, SL with ball throws to rebounder, hops on the spot.
- HEP updated with hops + wobble board.
- Rigid tape (stirrup + figure 6) applied for shift tonight; taught to self-tape.
""")

note("D72-E04-03", "2024-11-05", "Follow-up", TF, "sens paadv", """
- Self-taping for shifts, feels more stable. No giving way.
- Keen to get back to netball.
- Rx: Agility – figure 8s, cutting, landing from box with stick, 3 sets each. Good control.
- Return-to-netball plan: back to training with tape/brace, drills only for 2 wks, then modified game time, full games by mid-Dec if no flare. Also advised to keep running 2x/wk for fitness.
- R/v 4/52.
""", why="near-miss: self-taping reported, not delivered -> no (4)")

note("D72-E04-04", "2024-12-10", "Discharge summary", TF, "edu sens struct paadv home", """
Discharge
- 3 sessions Oct–Nov, final review by phone. Management: education, balance/proprioceptive and agility training, calf stretching, ankle mobs, taping + self-taping instruction, return-to-netball plan, HEP.
- SL balance L 30 s. SEBT L 70 cm. Playing full games of netball, no further sprains.
- Discharged. Continue HEP 3x/wk as maintenance.
""")


# ---------------------------------------------------------------- D72-E05  (RTA) whiplash, manual therapy and dry needling
note("D72-E05-01", "2024-05-06", "Initial assessment", RTA, "struct", """
IA. 45F, receptionist. ACC – rear-end MVA Nov 2022. Persistent neck pain + HA 3–4x/wk. P 6/10. NDI 42%. Has had chiro x10 privately, temporary relief only. Had physio 2023 – did exercises, 'didn't help'. Not keen on home ex, wants hands-on.
O/E: Cx rot R 50°, L 60°. Upper Cx PAIVMs C1/2 stiff R, reproduces HA. CCFT: 22 mmHg only, poor holding. Upper traps/levator tight + TTP. Neuro NAD.
Imp: WAD II, upper Cx dysfunction, cervicogenic HA.
Rx: C1/2 SNAGs R rot, STM upper traps/levator.
Plan: DN next session if consents.
""", why="near-miss: chiropractor and 2023 physio exercises are earlier/other providers; CCFT is a test; DN planned")

note("D72-E05-02", "2024-05-13", "Treatment", RTA, "stim struct sens", """
Tx 2. HA x2 this wk (↓).
Consent obtained for DN – risks explained.
DN R upper trap, levator scap – LTRs ++.
C1/2 SNAGs. Cx rot R 60°.
DNF activation in supine w/ pressure biofeedback – 5x10 s holds at 24 mmHg, pt struggles, cueing needed.
""", why="decision: dry needling = sensory stimulation (5); 'risks explained' for consent is not education (1)")

note("D72-E05-03", "2024-05-27", "Treatment", RTA, "stim struct sens", """
Tx 3. HA 1x this wk. P 4/10.
DN R upper trap. STM.
DNF holds 26 mmHg 10x10 s, better. Scap setting in sitting w/ mirror.
HEP offered again – declined.
""", why="near-miss: HEP declined")

note("D72-E05-04", "2024-06-10", "Treatment", RTA, "struct sens", """
Tx 4.
Nil DN today – bruising from last time.
SNAGs, STM. DNF 28 mmHg. Cx rot R 70°.
""", why="near-miss: 'Nil DN today' negated")

note("D72-E05-05", "2024-07-08", "Discharge summary", RTA, "struct stim sens", """
D/C. 4 tx. Manual Rx (SNAGs, STM), DN x2, DNF/scapular motor control retraining in clinic. HEP declined by pt. NDI 42 → 24%. HA ≤1/wk. D/C – can re-refer via GP.
""")


# ---------------------------------------------------------------- D72-E06  (HW) persistent LBP after fall from truck step
note("D72-E06-01", "2024-08-19", "Initial assessment", HW, "edu relax stim home", """
S: 58M, truck driver (off work 4 months). ACC claim – slipped off truck step Jan 2024, landed on buttocks. LBP since, now persistent. Pain 6/10 constant, 8/10 climbing out of the cab. Avoids bending, hasn't picked up his grandchildren since. Sleep poor. Previous physio at another clinic (Feb–Apr): massage and ultrasound. Hasn't tried TENS.
O: Guarded movement, breath-holding on flexion. Flex to mid-thigh. Neuro NAD. SLR 80° bilat. TSK 45. ÖMPSQ 62.
A: Persistent LBP with high fear-avoidance and protective muscle guarding.
P: Explained persistent pain and why his back is safe to move; talked through his scan report (normal age-related changes). Diaphragmatic breathing in crook lying 5 min, pt noticed back 'letting go'. TENS trial in clinic, 20 min conventional – pain 6 → 4. Home: breathing 2x/day. R/v 1/52.
""", why="near-miss: massage and ultrasound at another clinic before the programme")

note("D72-E06-02", "2024-08-26", "Treatment", HW, "stim sens home", """
S: TENS helped in clinic, wants to try at home. Breathing daily, helps with sleep.
O: Flex to knees.
P: TENS unit loaned with instructions, up to 1 hr 3x/day. Motor control: pelvic tilts in crook lying, bridging, sit-to-stand with neutral spine. Added to HEP.
""")

note("D72-E06-03", "2024-09-09", "Treatment", HW, "act", """
S: Using TENS most days. Pain 5/10. Still avoiding bending and lifting.
P: Long talk about what the back pain has cost him – mostly time with his grandkids and his shed projects. He'd like to be the grandad who gets down on the floor with them. Agreed he'll sit on the floor and play with the grandkids for 10 min at the weekend, even if sore, and notice what actually happens. Graded bending: reach to knee → shin → floor, 3x5 in clinic, pain 4/10, no increase after.
""", why="values, committed action and graded exposure to bending = (9); TENS use only reported")

note("D72-E06-04", "2024-09-20", "Phone call", HW, "-", """
Pt phoned to report he sat on the floor with the grandkids for 20 min at the weekend and got up fine, sore next morning. Pleased. Asked if he can return the TENS – using it less. Yes, drop off at reception.
""")

note("D72-E06-05", "2024-10-07", "Treatment", HW, "bbat sens home", """
S: Pain 4/10. Picked up youngest grandchild (12 kg) – first time since injury.
P: Lifting practice: box 10 → 15 kg floor to bench. Motor control progression: bird dog, side plank on knees. HEP updated. Return-to-work plan discussed by phone with ACC case manager (pt present) – graduated hours from 21/10.
""", why="near-miss: RTW planning with the ACC case manager is not an intervention category")

note("D72-E06-06", "2024-11-18", "Discharge summary", HW, "edu relax stim sens act bbat home", """
Discharge summary
Persistent LBP following fall from truck step (ACC). 4 sessions + phone contact Aug–Oct 2024.
Interventions: pain education, diaphragmatic breathing, TENS trial and home loan, motor control exercises, values-based discussion and graded exposure to bending, lifting practice, HEP.
Outcomes: pain 6 → 3/10, TSK 45 → 30. Driving on graduated hours, full hours from 25/11.
Discharged.
""")


# ---------------------------------------------------------------- D72-E07  (PN) fibromyalgia, graded walking with the physio
note("D72-E07-01", "2025-02-03", "Initial assessment", PN, "edu", """
Initial assessment. 29-year-old woman, university administrator, referred by the rheumatology service with a diagnosis of fibromyalgia (non-ACC). Widespread pain for five years, fatigue, poor concentration on bad days. She used to run regularly and misses it; she now drives everywhere and avoids stairs. She tried a gym programme with a personal trainer last year but stopped after two sessions because of a flare. Pain 7/10. FIQR 62.
On examination: full range of movement throughout, widespread tenderness, 6-minute walk 420 m, slow heart rate recovery.
I explained fibromyalgia as a problem of pain processing rather than damage, and how deconditioning and poor sleep feed into it. We discussed what she most wants to get back – running with her flatmate and getting through a full day at work without crashing – and agreed on these as goals.
Plan: start graded walking with me next week.
""", why="near-miss: personal trainer earlier; 6MWT is a test; walking planned")

note("D72-E07-02", "2025-02-10", "Treatment", PN, "papt paadv", """
We walked together around the hospital grounds for 15 minutes at a conversational pace, then five minutes of brisker walking up the slope by the car park. Pain rose from 6 to 7 during the walk and settled within ten minutes of sitting. I asked her to walk 15 minutes on five days this week at the same pace, even on days when pain is higher, and to note how she felt afterwards.
""", why="decision: a walking plan is PA advice (3), not home_exercise")

note("D72-E07-03", "2025-02-24", "Treatment", PN, "act relax", """
She walked on four of the five planned days. On the fifth she stayed home because she 'didn't want to make it worse', and noticed she felt flat and stiff the next day. We explored this: the pull to protect herself from pain makes sense, but it has been taking her further away from the things she cares about. We practised noticing the thought 'I'll make it worse' as a thought rather than an instruction. Then 10 minutes of mindful walking in the corridor, attending to her feet, breath and surroundings, noticing pain as one sensation among others.
""", why="near-miss: mindful walking in the corridor is mindfulness (8), not activity with the physio (6)")

note("D72-E07-04", "2025-03-10", "Treatment", PN, "papt home relax", """
Walked outdoors together 25 min including the slope twice. Pain 6/10, no flare afterwards. Started a short home strength programme: sit-to-stand, step-ups on the bottom stair, wall push-ups, 2 sets of 10, three days a week. Brief body scan to finish (5 min) – she would like a recording, sent by email.
""")

note("D72-E07-05", "2025-03-31", "Phone call", PN, "edu paadv", """
Called to cancel – flu. Advised to rest until recovered and restart walking at half her usual duration, building back up over a week.
""")

note("D72-E07-06", "2025-05-05", "Discharge summary", PN, "edu papt paadv act relax home", """
Discharge summary. Fibromyalgia. Four sessions and one phone contact, Feb–Mar 2025; she cancelled her final review as she felt she no longer needed it. Received: education on pain processing, supervised graded walking with the physiotherapist, walking programme (now 35 minutes five days a week, including a 2-minute jog), acceptance-based work on avoidance and values, mindful walking and body scan, home strength programme. FIQR 62 → 44. She has done a parkrun walking with her flatmate. Discharged to her own programme.
""")


# ---------------------------------------------------------------- D72-E08  (TF) gluteal tendinopathy
note("D72-E08-01", "2024-11-12", "Initial assessment", TF, "edu home paadv", """
Initial assessment – L lateral hip
Subjective
- 49F, retail manager. L lateral hip pain 20 months, gradual onset after starting hill walking. Non-injury, ACC declined – seen via GP referral.
- Night pain lying on L, pain with stairs, standing on one leg to dress. P 5/10. VISA-G 48.
- One CSI by GP Feb 2024 – 6 wks relief.
Objective
- TTP L greater trochanter. FABER + L lateral hip pain. SL stance 30 s L reproduces pain at 20 s. Hip ROM full.
Assessment
- L gluteal tendinopathy.
Plan/Tx
- Education: tendon load, avoiding compression (no crossing legs, pillow between knees, no hip hitching when standing).
- Isometric hip abduction standing against wall 5x30 s, daily.
- Keep walking on flat ground, avoid steep hills for now; 30–40 min ok if pain ≤ 3/10 next morning.
""", why="near-miss: CSI by GP = other provider, earlier")

note("D72-E08-02", "2024-11-26", "Follow-up", TF, "weight sens home", """
- Sleeping better with pillow. Isometrics daily.
- Rx: Clinic gym: hip abduction machine 3x10 20 kg, side-steps with band, leg press 3x10 50 kg, step-ups 20 cm.
- SL balance with pelvic control in mirror, 3x30 s – L hip drop, cued.
- Written gym programme for her to do at her own gym 2x/wk.
""")

note("D72-E08-03", "2024-12-17", "Follow-up", TF, "weight home", """
- Gym 2x/wk. VISA-G 62. Some pain after a Christmas shopping day.
- Progressed: abduction machine 25 kg, SL deadlift with 8 kg KB 3x8, leg press 60 kg.
- Programme updated.
""")

note("D72-E08-04", "2025-01-21", "Follow-up", TF, "paadv sens", """
- Pain 2/10. Night pain gone. Wants to get back to hill walking in the Waitākere Ranges.
- Advised: start with one hilly walk per week of 45–60 min with poles, flat walks other days; back off if next-morning pain > 3.
- SL hop and landing control drills – good.
- R/v 6 wks.
""")

note("D72-E08-05", "2025-03-04", "Discharge summary", TF, "edu home weight sens paadv", """
Discharge – L gluteal tendinopathy
- 4 sessions Nov–Jan, final review today.
- Rx: tendon education + compression advice, home isometrics → progressive gym programme at her own gym, pelvic control/balance, graded return to hill walking.
- VISA-G 48 → 84. Walking the Waitākere tracks weekly.
- Discharged.
""")


# ---------------------------------------------------------------- D72-E09  (RTA) tibial plateau fracture, retired electrician
note("D72-E09-01", "2024-09-02", "Initial assessment", RTA, "papt home", """
IA. 63M retired electrician. ACC – fall from ladder Jan 2024, R lateral tibial plateau # ORIF. NWB 6/52 then progressed. Ongoing knee stiffness + pain 4–5/10, 1 crutch outdoors. Stairs step-to. Can't get in/out of his ute easily. Wants to get back to rock fishing + bowls.
O/E: R knee ROM 5–105°, L 0–140°. Quads wasting, lag 5°. SL stance R 4 s. Gait: ↓ stance R, ↓ knee flex in swing.
Imp: Post-op stiffness + weakness R knee, ↓ balance.
Rx: Stat bike 8 min w/ me, seat high, rocking → full revs. Quads sets, SLR, heel slides, sit-to-stand – HEP 2x/day.
""", why="decision: heel slides are active ROM exercise, not (4); SL stance R is a test")

note("D72-E09-02", "2024-09-16", "Treatment", RTA, "bbat papt", """
Tx 2. ROM 3–112°.
Stair practice: step-over-step up w/ rail x2 flights, down step-to → step-over-step w/ rail x1.
Ute transfer practice in car park (his ute): sit, swing legs, step up w/ grab handle – managed x3.
Bike 10 min.
""")

note("D72-E09-03", "2024-09-30", "Treatment", RTA, "weight sens papt home", """
Tx 3. Off crutch. ROM 2–118°.
Gym: leg press 3x10 40 kg, knee ext 3x10 10 kg, calf raise machine.
Balance: tandem stance, SL stance R w/ UE support → without.
Bike 10 min, resist 4.
HEP: SL stance at kitchen bench added.
""")

note("D72-E09-04", "2024-10-14", "Phone call", RTA, "-", """
Ph. Pt has chest infection, on abx from GP. Cancels next 2 appts. Will call back.
""")

note("D72-E09-05", "2024-11-04", "Treatment", RTA, "bbat weight papt home", """
Tx 4. Deconditioned after 3 wks sick. ROM 2–115°.
Uneven ground walking practice outside (grass, gravel, kerbs) – simulating the rocks for fishing. Steady, one stumble on gravel.
Leg press 35 kg (↓), bike 12 min.
Gym program written for pt to do at local gym 2x/wk – leg press, knee ext, calf raise, step-ups.
""", why="ambiguous: uneven-ground walking framed as practice of his fishing task -> (10), not also (2)")

note("D72-E09-06", "2024-12-16", "Discharge summary", RTA, "papt weight sens bbat home", """
D/C summary. R tib plateau # ORIF – 4 tx + ph. Rx: stat bike w/ physio, strengthening (clinic gym → own gym program), balance ex, stair/ute transfer/uneven ground practice, HEP. ROM 0–125°. Walks unaided incl. stairs step-over-step. Back at bowls. D/C.
""")


# ---------------------------------------------------------------- D72-E10  (HW) posterior hip pain after a fall at work, acupuncture
note("D72-E10-01", "2025-01-13", "Initial assessment", HW, "edu stim struct", """
S: 38F, chef. ACC – slipped on wet kitchen floor Aug 2024, landed on L hip/buttock. Persistent L buttock and posterior hip pain since, 5–7/10, worse after 10-h shifts and sitting > 30 min. Sleeping on R only. Had 6 sessions at a community physio (exercises, massage) – 'made it worse'. Very wary of exercise. Asked about acupuncture; her sister had it for back pain.
O: Hip ROM full but painful end-range flex/IR L. Marked TTP L gluteus medius and piriformis. Lumbar screen clear. SIJ provocation 1/5.
A: Persistent post-traumatic L gluteal/posterior hip pain with high sensitivity and exercise-related fear.
P: Explained persistent pain after injury and that her hip is structurally sound (XR and MRI normal). Acupuncture: consent obtained, 6 needles L gluteal + BL40, 20 min, heat pack to lumbar spine during. Pain 6 → 4 after. HEP deferred – pt not ready; will revisit.
""", why="near-miss: community physio exercises/massage earlier; HEP deferred")

note("D72-E10-02", "2025-01-27", "Treatment", HW, "stim struct", """
S: 2 days of relief after acupuncture. Worked 3 shifts.
P: Acupuncture as before, 8 needles, heat pack. Soft tissue release L glute med/piriformis.
""")

note("D72-E10-03", "2025-02-10", "Treatment", HW, "act stim", """
S: Pain 4–5/10. Frustrated she can't do the things she used to – she used to surf most weekends.
P: We talked about what matters to her: surfing, being outdoors with friends, being good at her job. Discussed whether waiting for the pain to go before returning to those things is working for her. She decided to go to the beach with her friends this weekend and paddle her board in the shallows, accepting it might hurt. Acupuncture 8 needles, 20 min.
""", why="ambiguous: the paddling is her own committed action, not advice from the physio -> (9) but not (3)")

note("D72-E10-04", "2025-02-24", "Treatment", HW, "stim struct", """
S: Went to the beach, paddled 20 min. Sore that evening, fine next day.
P: Acupuncture, heat. Discussed starting a gentle exercise programme – pt prefers to keep to acupuncture for now. Plan: 2 more sessions then review.
""", why="near-miss: exercise programme discussed, declined")

note("D72-E10-05", "2025-03-24", "Discharge summary", HW, "edu stim struct act", """
Discharge summary
L posterior hip/gluteal pain post fall (ACC). 4 sessions Jan–Feb 2025; did not attend the two final booked appointments and did not respond to follow-up calls.
Received: education on persistent pain, acupuncture x4 with heat, soft tissue release, values-based discussion supporting her return to surfing. Exercise programme offered but declined.
Last recorded pain 4/10. Discharged – DNA.
""")

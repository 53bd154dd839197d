"""Shared helpers for the hand-written devset70 notes (standard library only).

Every note is written by hand in notes_sv_a.py, notes_sv_b.py and notes_en.py as a call
N(note_id, date, note_type, author, text, codes, why=..., near=...).

codes is a space-separated list of short keys (see KEYS); "" means the note documents
none of the eleven columns. `why` records the coding reason where the manual leaves room;
`near` records a near-miss deliberately put into the note (something that is NOT coded).
"""

# short key -> output column
KEYS = {
    "e": "c01_education",
    "sm": "c02_sensorimotor",
    "pa": "c03_pa_advice",
    "sf": "c04_structures_functions",
    "ss": "c05_sensory_stimulation",
    "pap": "c06_pa_with_physio",
    "wt": "c07_weight_training",
    "rx": "c08_relaxation_mindfulness",
    "act": "c09_act",
    "bb": "c10_body_awareness_activities",
    "he": "home_exercise",
}
COLUMNS = list(KEYS.values())


def N(note_id, date, note_type, author, text, codes, why="", near=""):
    return {
        "note_id": note_id,
        "patient_id": note_id.rsplit("-", 1)[0],
        "date": date,
        "note_type": note_type,
        "author": author,
        "text": text.strip("\n"),
        "codes": codes,
        "why": why,
        "near": near,
    }

# -*- coding: utf-8 -*-
"""Shared helpers for the devset71 sources (standard library only)."""
from collections import namedtuple

Note = namedtuple("Note", "note_id date note_type author text codes")

# Invented Swedish writers (primärvårdsrehab Lund / Eslöv)
KL = "Karin Lindqvist, leg. fysioterapeut"   # Lund: headings Anamnes/Status/Bedömning/Åtgärd/Planering, KVÅ in epikris
JB = "Johan Bergström, leg. sjukgymnast"      # Eslöv: terse abbreviations
AH = "Amira Haddad, leg. fysioterapeut"       # Lund: dictated prose, ACT/BBAT trained
PN = "Per Nilsson, leg. fysioterapeut"        # Eslöv: bullet lists, KVÅ in brackets, runs the back group

# Invented English writers (NHS persistent pain physiotherapy, Glasgow)
FM = "Fiona MacLeod, Specialist Physiotherapist"           # SOAP
CR = "Callum Reid, Physiotherapist"                        # terse shorthand
AR = "Aisha Rahman, Clinical Specialist Physiotherapist"   # dictated prose
EK = "Euan Kerr, Physiotherapist"                          # bullet lists, runs group classes

CODE_KEYS = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10", "home"]
CODE_COLUMNS = [
    "c01_education",
    "c02_sensorimotor",
    "c03_pa_advice",
    "c04_structures_functions",
    "c05_sensory_stimulation",
    "c06_pa_with_physio",
    "c07_weight_training",
    "c08_relaxation_mindfulness",
    "c09_act",
    "c10_body_awareness_activities",
    "home_exercise",
]


def N(note_id, date, note_type, author, text, codes):
    """One hand-written note. Text is stripped of the leading/trailing newline only."""
    return Note(note_id, date, note_type, author, text.strip(), codes)

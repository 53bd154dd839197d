package org.icoder.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The roles a column of an export can play, with the header names recognised by default
 * (matched case-insensitively, ignoring spaces, line breaks, underscores, hyphens and dots).
 * Users map other headers with {@code --column ROLE=HEADER}.
 */
public enum Column {
  // Order matters: the first header found wins, so identifier columns come before a "Patient"
  // column, which in some exports holds the patient's name.
  PATIENT(true, "patient_id", "patientid", "patient id", "pat_id", "pat-id", "personnummer", "personnr",
      "pers_nr", "pnr", "person_id", "id_patient", "mrn", "patient_number", "patientnummer", "patient"),
  NOTE(false, "note_id", "noteid", "anteckning_id", "anteckningsid", "entry_id", "journal_id"),
  DATE(true, "date", "datum", "note_date", "anteckningsdatum", "besoksdatum", "besöksdatum",
      "vardkontakt_datum", "kontaktdatum", "händelsetid", "handelsetid", "visit_date", "date_of_service", "service_date",
      "encounter_date", "consultation_date", "entry_date", "date_of_entry",
      "datetime", "tidpunkt"),
  TYPE(false, "note_type", "type", "anteckningstyp", "sökord", "sokord", "typ", "kontakttyp",
      "besokstyp", "besökstyp", "visit_type", "encounter_type"),
  AUTHOR(false, "author", "signatur", "signature", "författare", "forfattare", "signed_by",
      "vardgivare", "vårdgivare", "clinician", "provider", "therapist"),
  TEXT(true, "text", "anteckning", "journaltext", "note", "note_text", "anteckningstext",
      "journal", "fritext", "body", "notes", "anteckningar", "journalanteckning", "clinical_note", "narrative",
      "free_text", "freetext", "consultation_text");

  private final boolean required;
  private final List<String> defaultHeaders;
  private final java.util.Set<String> defaultKeys;

  Column(boolean required, String... defaultHeaders) {
    this.required = required;
    this.defaultHeaders = List.of(defaultHeaders);
    this.defaultKeys = java.util.Arrays.stream(defaultHeaders).map(Column::headerKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** True when the header is one of this role's default names (compared by {@link #headerKey}). */
  boolean recognises(String header) {
    return defaultKeys.contains(headerKey(header));
  }

  public boolean required() {
    return required;
  }

  public List<String> defaultHeaders() {
    return defaultHeaders;
  }

  /** The role's name as users type it: patient, note, date, type, author, text. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Header comparison key: lower case, without whitespace (spaces, wrapped lines), underscores, hyphens and dots. */
  static String headerKey(String header) {
    StringBuilder b = new StringBuilder(header.length());
    for (char c : header.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '\uFEFF' && !Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  public static Column fromLabel(String label) {
    for (Column c : values()) {
      if (c.label().equalsIgnoreCase(label.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown column role '" + label + "', expected one of patient, note, date, type, author, text");
  }
}

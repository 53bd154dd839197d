package org.icoder.agree;

/** A coded unit: a patient, or one of a patient's notes ({@code noteId} is empty at patient level). */
public record UnitKey(String patientId, String noteId) {
  public UnitKey {
    if (patientId == null || patientId.isEmpty()) {
      throw new IllegalArgumentException("a unit needs a patient id");
    }
    if (noteId == null) {
      throw new IllegalArgumentException("noteId is empty, not null, at patient level");
    }
  }

  public static UnitKey patient(String patientId) {
    return new UnitKey(patientId, "");
  }
}

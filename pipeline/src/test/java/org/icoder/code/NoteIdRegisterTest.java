package org.icoder.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoteIdRegisterTest {
  @Test
  void aPairIsNewOnceAndARepeatAfterThatAcrossTableGrowth() {
    NoteIdRegister register = new NoteIdRegister();
    for (int i = 0; i < 50_000; i++) {
      assertTrue(register.firstTime("P" + (i % 700), "N" + i), "first sight of N" + i);
    }
    for (int i = 0; i < 50_000; i += 7) {
      assertFalse(register.firstTime("P" + (i % 700), "N" + i), "repeat of N" + i);
    }
    assertEquals(50_000, register.size());
  }

  @Test
  void theSameNoteIdUnderAnotherPatientIsADifferentNote() {
    NoteIdRegister register = new NoteIdRegister();
    assertTrue(register.firstTime("P1", "1"));
    assertTrue(register.firstTime("P2", "1"));
    assertFalse(register.firstTime("P1", "1"));
  }

  @Test
  void theBoundaryBetweenPatientAndNoteIdMatters() {
    assertNotEquals(NoteIdRegister.fingerprint("ab", "c"), NoteIdRegister.fingerprint("a", "bc"));
    assertNotEquals(NoteIdRegister.fingerprint("P1", "N2"), NoteIdRegister.fingerprint("P2", "N1"));
    // chars beyond Latin-1 are hashed with both bytes
    assertNotEquals(NoteIdRegister.fingerprint("P\u0101", "N"), NoteIdRegister.fingerprint("P\u0001", "N"));
  }
}

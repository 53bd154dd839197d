package org.icoder.context;

import java.util.Locale;

/**
 * Which way a trigger's scope runs from the trigger: towards the sentence end, its start, or both.
 * {@code ITEM} is for checklist boxes, which belong to one list item: forward when the line starts
 * with a box ("[ ] TENS"), backward when boxes follow their items ("TENS [ ]  Akupunktur [x]").
 * {@code SESSION} is for the patient's absence ("Pat uteblev.", "DNA."): at the start of a sentence
 * it says the session the note records did not take place, so it reaches every mention before it in
 * the note; inside its own sentence it reads forward.
 */
public enum Direction {
  FORWARD,
  BACKWARD,
  BOTH,
  ITEM,
  SESSION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Direction fromLabel(String label) {
    for (Direction d : values()) {
      if (d.label().equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("'" + label + "', expected one of forward, backward, both, item, session");
  }
}

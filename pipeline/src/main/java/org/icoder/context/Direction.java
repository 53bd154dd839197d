package org.icoder.context;

import java.util.Locale;

/**
 * Which way a trigger's scope runs from the trigger: towards the sentence end, its start, or both.
 * {@code ITEM} is for checklist boxes, which belong to one list item: forward when the line starts
 * with a box ("[ ] TENS"), backward when boxes follow their items ("TENS [ ]  Akupunktur [x]").
 */
public enum Direction {
  FORWARD,
  BACKWARD,
  BOTH,
  ITEM;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Direction fromLabel(String label) {
    for (Direction d : values()) {
      if (d.label().equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("'" + label + "', expected one of forward, backward, both, item");
  }
}

package org.icoder.code;

/**
 * Remembers which (patient id, note id) pairs a run has read, so that a note exported twice (two
 * overlapping exports, or a file given twice) is not coded twice and does not inflate a patient's
 * note count.
 *
 * <p>Only a 64-bit fingerprint of each pair is kept, in an open-addressing table of longs: 16 bytes per
 * note at most, about 16 MB for a million notes, where keeping the strings would cost over 100 MB.
 * Two different pairs share a fingerprint with probability about n²/2⁶⁵ (5·10⁻⁸ for a million notes).
 * Not thread-safe: the run's single reader thread owns it, which also keeps "which copy is first"
 * deterministic (input order).
 */
final class NoteIdRegister {
  private static final long EMPTY = 0L;
  private long[] slots = new long[1 << 12];
  private int size;
  private boolean sawEmptyFingerprint;

  /** True the first time a pair is seen, false for every repeat. */
  boolean firstTime(String patientId, String noteId) {
    long f = fingerprint(patientId, noteId);
    if (f == EMPTY) { // the table's empty marker needs a side flag
      boolean first = !sawEmptyFingerprint;
      sawEmptyFingerprint = true;
      return first;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (!insert(slots, f)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size + (sawEmptyFingerprint ? 1 : 0);
  }

  private static boolean insert(long[] table, long f) {
    int mask = table.length - 1;
    int i = (int) (f ^ (f >>> 32)) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == f) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = f;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long f : old) {
      if (f != EMPTY) {
        insert(slots, f);
      }
    }
  }

  /** FNV-1a over both strings' chars with a separator, then a SplitMix64 finaliser to spread the bits. */
  static long fingerprint(String patientId, String noteId) {
    long h = 0xcbf29ce484222325L;
    h = mix(h, patientId);
    h = (h ^ 0x1F) * 0x100000001b3L; // unit separator: ("ab","c") differs from ("a","bc")
    h = mix(h, noteId);
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h = (h ^ (c & 0xFF)) * 0x100000001b3L;
      h = (h ^ (c >>> 8)) * 0x100000001b3L;
    }
    return h;
  }
}

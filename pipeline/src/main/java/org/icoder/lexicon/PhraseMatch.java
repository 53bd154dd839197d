package org.icoder.lexicon;

/** A phrase found in a sentence: tokens {@code [firstToken, endToken)} of that sentence. */
public record PhraseMatch<T>(T payload, int firstToken, int endToken) {
  public PhraseMatch {
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
    }
  }

  public int length() {
    return endToken - firstToken;
  }

  public boolean overlaps(PhraseMatch<?> other) {
    return firstToken < other.endToken && other.firstToken < endToken;
  }
}

package org.icoder.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
  static final LanguageGuesser GUESSER = new LanguageGuesser(Language.SV);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Pat har fått TENS och mår bättre efter stabilitetsträningen.|SV",
      "Pat gor ovningar hemma och mar battre, ingen smarta idag.|SV",
      "The patient was given TENS and reports less pain today.|EN",
      "Pt reports improved sleep. HEP reviewed, progressed to standing.|EN",
      // no function words of either list: the OpenNLP model decides
      "Stabilitetstraning, balanstraning, tojning, akupunktur, massage.|SV",
      "Stabilisation exercises, balance training, stretching, acupuncture needling.|EN",
      // nothing to go on: the fallback
      "TENS 20 min.|SV"})
  void decidesSwedishOrEnglish(String text, Language expected) {
    assertEquals(expected, GUESSER.guess(text));
  }
}

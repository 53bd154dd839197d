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
      // a Swedish record template filled in in English, and in Swedish: the labels do not vote
      "Bedömning: Improving. Åtgärd: Walking on treadmill together 15 min. Planering: Continue.|EN",
      "Bedömning: Förbättrad. Åtgärd: Promenad på löpband tillsammans 15 min.|SV",
      // nothing to go on: the fallback
      "TENS 20 min.|SV",
      "Åtgärd: TENS 20 min.|SV"})
  void decidesSwedishOrEnglish(String text, Language expected) {
    assertEquals(expected, GUESSER.guess(text));
  }
}

package org.icoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteValidatorTest {
  @ParameterizedTest
  @CsvSource({
      "19121212-1212, 19121212-1212",
      "191212121212, 19121212-1212",
      "' 19121212+1212 ', 19121212-1212",
      "200109209876, 20010920-9876",
      "197003755678, 19700375-5678", // samordningsnummer: day + 60
      "121212-1212, 121212-1212", // 10 digits: century unknown, kept
      "123456789012, 123456789012", // not a birth date
      "P-17, P-17"})
  void aTwelveDigitPersonnummerHasOneSpelling(String raw, String expected) {
    assertEquals(expected, NoteValidator.patientId(raw));
  }
}

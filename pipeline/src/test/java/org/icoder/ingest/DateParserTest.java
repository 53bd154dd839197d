package org.icoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"2024-03-05", "2024-03-05 14:30", "2024-03-05T14:30:00", "20240305", "2024/03/05",
      "2024.03.05", "05.03.2024", "5/3/2024", "240305", "5 mars 2024", "5 March 2024", " 2024-3-5 ",
      "45356", "45356.6041666667", "45356,604166667", "05-Mar-2024", "5-mars-2024"})
  void readsTheCommonSwedishAndIsoForms(String raw) {
    assertEquals(LocalDate.of(2024, 3, 5), DateParser.parse(raw).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "igår", "2024-13-05", "2024-02-30", "32.01.2024", "5 foo 2024", "12345",
      "5 marsipan 2024", "2024-03/05", "0024-03-05", "2924-03-05", "99999", "17000.5"})
  void rejectsWhatIsNotADate(String raw) {
    assertTrue(DateParser.parse(raw).isEmpty(), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3/5/2024", "03/05/2024", "03/05/2024 2:30 PM", "03-05-2024", "2024-03-05", "5 March 2024",
      "20240305"})
  void readsMonthFirstDatesWhenAskedAndIsoOrNamedMonthsEitherWay(String raw) {
    assertEquals(LocalDate.of(2024, 3, 5), DateParser.parse(raw, DateOrder.MONTH_FIRST).orElseThrow());
  }

  @org.junit.jupiter.api.Test
  void theOrderDecidesAmbiguousDatesAndAnImpossibleDayOrMonthIsNoDate() {
    assertEquals(LocalDate.of(2024, 5, 3), DateParser.parse("03/05/2024", DateOrder.DAY_FIRST).orElseThrow());
    assertTrue(DateParser.parse("03/25/2024", DateOrder.DAY_FIRST).isEmpty());
    assertEquals(LocalDate.of(2024, 3, 25), DateParser.parse("03/25/2024", DateOrder.MONTH_FIRST).orElseThrow());
    assertTrue(DateParser.parse("25/03/2024", DateOrder.MONTH_FIRST).isEmpty());
    // dotted dates are European: day first whatever the option
    assertEquals(LocalDate.of(2024, 3, 5), DateParser.parse("05.03.2024", DateOrder.MONTH_FIRST).orElseThrow());
    assertEquals(LocalDate.of(2024, 3, 25), DateParser.parse("25.03.2024", DateOrder.MONTH_FIRST).orElseThrow());
  }
}

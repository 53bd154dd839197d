package org.icoder.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icoder.context.Modifier;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.lexicon.Problem;
import org.icoder.lexicon.TsvTable;
import org.icoder.text.Language;
import org.icoder.text.TextAnalyzer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled lexicon's examples files ({@code lexicons/sv/examples.tsv}, {@code en/examples.tsv}):
 * each sentence must code as its row says, and every term, cue, context rule and section must be
 * documented by at least one example. The examples are the lexicon's documentation that runs.
 */
class LexiconExamplesTest {
  static final LexiconFiles FILES = LexiconFiles.bundled();
  static final CodingResources RESOURCES = CodingResources.load(FILES);
  static final Map<Language, NoteCoder> CODERS = new EnumMap<>(Language.class);

  static NoteCoder coder(Language language) {
    return CODERS.computeIfAbsent(language, l -> new NoteCoder(new TextAnalyzer(l, RESOURCES.normalizers()), RESOURCES));
  }

  static List<TsvTable.Row> examples(Language language) {
    List<Problem> problems = new ArrayList<>();
    List<TsvTable.Row> rows = TsvTable.parse(FILES.displayName(language, "examples.tsv"),
        readExamples(language), List.of("id", "sentence", "category", "modifier", "documents"), problems);
    assertEquals(List.of(), problems);
    return rows;
  }

  static byte[] readExamples(Language language) {
    try (var in = LexiconExamplesTest.class.getResourceAsStream("/org/icoder/lexicons/" + language.code() + "/examples.tsv")) {
      return in.readAllBytes();
    } catch (Exception e) {
      throw new IllegalStateException("examples file missing for " + language, e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCodesAsItsRowSays() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Language language : Language.values()) {
      for (TsvTable.Row row : examples(language)) {
        String name = row.file() + ":" + row.line() + " " + row.get("id");
        tests.add(DynamicTest.dynamicTest(name, () -> check(language, row)));
      }
    }
    return tests.stream();
  }

  static void check(Language language, TsvTable.Row row) {
    String sentence = row.get("sentence");
    CodedNote coded = coder(language).code(new Note(SourceRef.row("examples", row.line()), "X", "X",
        LocalDate.of(2024, 1, 1), "", "", sentence));
    String where = row.file() + ":" + row.line() + " \"" + sentence + "\" evidence=" + coded.evidence().stream()
        .map(e -> e.category().column() + "/" + e.entryId() + "/" + e.modifier().label() + "/" + e.reason()).toList();
    String category = row.get("category");
    Modifier modifier = Modifier.fromLabel(row.get("modifier").isEmpty() ? "none" : row.get("modifier"));
    if (category.equals("-")) {
      assertEquals(0, coded.flags(), "expected no category: " + where);
      return;
    }
    if (category.startsWith("!")) { // this category must not be counted; others may be
      assertFalse(coded.has(Category.fromColumn(category.substring(1))), "expected " + category.substring(1)
          + " not counted: " + where);
      return;
    }
    Category expected = Category.fromColumn(category);
    if (modifier == Modifier.NONE) {
      assertTrue(coded.has(expected), "expected " + category + " counted: " + where);
    } else {
      assertTrue(coded.evidence().stream().anyMatch(e -> e.category() == expected && e.modifier() == modifier && !e.counted()),
          "expected " + category + " " + modifier.label() + " and not counted: " + where);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyLexiconRowIsDocumentedByAnExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Language language : Language.values()) {
      tests.add(DynamicTest.dynamicTest(language.code(), () -> {
        Set<String> documented = new HashSet<>();
        for (TsvTable.Row row : examples(language)) {
          for (String id : row.get("documents").split("[;,]")) {
            documented.add(id.strip());
          }
        }
        LanguageResources r = RESOURCES.get(language);
        List<String> ids = new ArrayList<>();
        r.lexicon().termList().forEach(t -> ids.add(t.id()));
        r.lexicon().cueList().forEach(c -> ids.add(c.id()));
        r.contextRules().rules().forEach(c -> ids.add(c.id()));
        r.contextRules().sections().forEach(s -> ids.add(s.id()));
        ids.addAll(r.contextRules().clauses().ids());
        List<String> missing = ids.stream().filter(id -> !documented.contains(id)).collect(Collectors.toList());
        assertEquals(List.of(), missing, "rows of lexicons/" + language.code() + " without an example");
      }));
    }
    return tests.stream();
  }

  /**
   * A one-word term or cue that is not itself a function word must not normalise onto one: "sömn"
   * stems to "som", "forts" to "för", and such a row would fire in almost every sentence. (In a
   * phrase the other words keep a collision harmless: "motor control".)
   */
  @TestFactory
  Stream<DynamicTest> noOneWordTermNormalisesOntoAFunctionWord() {
    List<DynamicTest> tests = new ArrayList<>();
    Map<Language, org.apache.lucene.analysis.CharArraySet> stops = Map.of(
        Language.SV, org.apache.lucene.analysis.sv.SwedishAnalyzer.getDefaultStopSet(),
        Language.EN, org.apache.lucene.analysis.en.EnglishAnalyzer.getDefaultStopSet());
    for (Language language : Language.values()) {
      tests.add(DynamicTest.dynamicTest(language.code(), () -> {
        LanguageResources r = RESOURCES.get(language);
        var normalizer = r.lexicon().normalizer();
        Map<String, String> stopKeys = new java.util.HashMap<>();
        for (Object o : stops.get(language)) {
          String w = new String((char[]) o);
          stopKeys.put(normalizer.key(w), w);
        }
        List<String> collisions = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        r.lexicon().termList().forEach(t -> rows.add(new String[] {t.id(), t.phrase(), t.match().name()}));
        r.lexicon().cueList().forEach(c -> rows.add(new String[] {c.id(), c.phrase(), c.match().name()}));
        for (String[] row : rows) {
          if (row[2].equals("EXACT") || row[2].equals("PATTERN") || row[1].strip().contains(" ")) continue;
          for (String word : row[1].split("\\s+")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            String stop = stopKeys.get(normalizer.key(word));
            if (stop != null && !stops.get(language).contains(lower)) {
              collisions.add(row[0] + ": '" + word + "' normalises like the function word '" + stop + "'");
            }
          }
        }
        assertEquals(List.of(), collisions);
      }));
    }
    return tests.stream();
  }
}

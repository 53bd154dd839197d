package org.icoder.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.icoder.code.CodedNote;
import org.icoder.code.CodingResources;
import org.icoder.code.Evidence;
import org.icoder.code.NoteCoder;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.lexicon.Problem;
import org.icoder.text.Language;
import org.icoder.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Coding scores a category by reading word weights by the word ({@link ReadingFeatures#score});
 * training and the file name every feature in full ({@link ReadingFeatures#of}). The two must give
 * the same score bit for bit, or coding would read a note otherwise than the model was trained to:
 * checked on every note of two development sets (one tuned, one held out) with the bundled model.
 */
class ReadingScoreEquivalenceTest {
  @Test
  void scoringByWordEqualsScoringTheNamedFeaturesOnTheDevelopmentSets() throws IOException {
    LexiconFiles files = LexiconFiles.bundled();
    CodingResources resources = CodingResources.load(files);
    NoteCoder coder = new NoteCoder(new TextAnalyzer(null, resources.normalizers()), resources);
    Map<Language, ReadingModel> models = new HashMap<>();
    for (Language language : Language.values()) {
      List<Problem> problems = new ArrayList<>();
      models.put(language, ReadingModel.parse(ReadingModel.FILE,
          files.readOptional(language, ReadingModel.FILE), problems));
      assertTrue(problems.isEmpty(), problems.toString());
    }
    int categories = 0;
    int overturned = 0;
    for (Path export : List.of(Path.of("src/test/resources/devset2/dev2-sv.csv"),
        Path.of("src/test/resources/devset2/dev2-en.csv"), Path.of("src/test/resources/devset62/dev62-sv.csv"),
        Path.of("src/test/resources/devset62/dev62-en.csv"))) {
      char delimiter = export.toString().endsWith("-sv.csv") ? ';' : ',';
      try (Reader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .build().parse(in)) {
          CodedNote note = coder.code(new Note(SourceRef.row(export.toString(), (int) r.getRecordNumber() + 1),
              r.get("patient_id"), r.get("note_id"), LocalDate.parse(r.get("date")), r.get("note_type"), r.get("author"),
              r.get("text")));
          ReadingModel model = models.get(note.language());
          Map<String, List<String>> cache = new HashMap<>();
          for (Map.Entry<Category, List<Evidence>> e : ReadingFeatures.byCategory(note.evidence()).entrySet()) {
            double named = model.score(ReadingFeatures.of(e.getKey(), e.getValue()));
            double byWord = ReadingFeatures.score(model, e.getKey(), e.getValue(), cache);
            // exactly equal (a missing word adds 0.0, which can only turn a -0.0 into 0.0)
            assertEquals(named, byWord, 0.0, r.get("note_id") + " " + e.getKey().column());
            categories++;
            if (model.delivered(byWord) != ReadingFeatures.rulesCount(e.getValue())) {
              overturned++;
            }
          }
        }
      }
    }
    assertTrue(categories > 1000, "categories compared: " + categories);
    assertTrue(overturned > 10, "the sets include categories the model overturns: " + overturned);
  }
}

package org.icoder.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.icoder.agree.CodingFile;
import org.icoder.agree.CodingFileReader;
import org.icoder.agree.Level;
import org.icoder.agree.UnitKey;
import org.icoder.code.CodedNote;
import org.icoder.code.Evidence;
import org.icoder.code.NoteCoder;
import org.icoder.ingest.ColumnMapping;
import org.icoder.ingest.DateOrder;
import org.icoder.ingest.ExportFormats;
import org.icoder.ingest.ExportSink;
import org.icoder.ingest.InputFile;
import org.icoder.ingest.Note;
import org.icoder.ingest.Reject;
import org.icoder.lexicon.Category;
import org.icoder.text.Language;

/**
 * Turns hand-coded sets into training examples for the reading model. A set is a folder of record
 * exports with one hand coding of its notes, {@code *_note_codes.csv} in icoder's note_codes layout;
 * subfolders are not read.
 * Each note is coded by the rules; every category the rules found a mention of becomes one example,
 * with the hand coding's verdict for that note and category.
 */
public final class TrainingSets {
  /** What the sets gave, per language, and what could not be used (counts only). */
  public record Collected(Map<Language, List<ReadingTrainer.Example>> examples, int sets, int notes,
      int notesWithoutHandCoding, int rejected) {}

  private final NoteCoder coder;

  public TrainingSets(NoteCoder coder) {
    this.coder = coder;
  }

  /**
   * Reads every set, in the order given (the examples' order, and so the model, depends on it).
   *
   * @throws IllegalArgumentException naming the folder when it lacks its one hand coding file or exports
   */
  public Collected collect(List<Path> sets) throws IOException {
    Map<Language, List<ReadingTrainer.Example>> examples = new EnumMap<>(Language.class);
    int notes = 0;
    int uncoded = 0;
    int rejected = 0;
    ExportFormats formats = new ExportFormats(ColumnMapping.defaults(), null, DateOrder.DAY_FIRST);
    for (Path set : sets) {
      // The set's own files only: a subfolder may hold the same notes in another format (printouts).
      List<Path> files = ExportFormats.expand(List.of(set)).stream()
          .filter(f -> set.equals(f.getParent())).toList();
      List<Path> codings = files.stream().filter(f -> f.getFileName().toString().endsWith("_note_codes.csv")).toList();
      if (codings.size() != 1) {
        throw new IllegalArgumentException(set + ": expected one hand coding file *_note_codes.csv, found "
            + codings.size());
      }
      files = new ArrayList<>(files);
      files.removeAll(codings);
      if (files.isEmpty()) {
        throw new IllegalArgumentException(set + ": no record exports beside " + codings.get(0).getFileName());
      }
      CodingFile coding = CodingFileReader.read(codings.get(0));
      if (coding.layout() != Level.NOTE) {
        throw new IllegalArgumentException(codings.get(0) + ": a hand coding per note is needed (a note_id column)");
      }
      Map<UnitKey, boolean[]> hand = coding.units();
      for (Path file : files) {
        List<Note> read = new ArrayList<>();
        int[] rejects = {0};
        InputFile input = InputFile.inspect(file, file.toString());
        formats.readerFor(input).read(input, new ExportSink() {
          @Override
          public void accept(Note note) {
            read.add(note);
          }

          @Override
          public void reject(Reject reject) {
            rejects[0]++;
          }
        });
        rejected += rejects[0];
        for (Note note : read) {
          notes++;
          boolean[] verdict = hand.get(new UnitKey(note.patientId(), note.noteId()));
          if (verdict == null) {
            uncoded++;
            continue;
          }
          CodedNote coded = coder.code(note);
          Map<Category, List<Evidence>> mentions = new EnumMap<>(Category.class);
          for (Evidence e : coded.evidence()) {
            mentions.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e);
          }
          String patient = set.getFileName() + "/" + note.patientId();
          for (Map.Entry<Category, List<Evidence>> m : mentions.entrySet()) {
            examples.computeIfAbsent(coded.language(), k -> new ArrayList<>()).add(new ReadingTrainer.Example(
                patient, ReadingFeatures.of(m.getKey(), m.getValue()), verdict[m.getKey().ordinal()]));
          }
        }
      }
    }
    return new Collected(examples, sets.size(), notes, uncoded, rejected);
  }
}

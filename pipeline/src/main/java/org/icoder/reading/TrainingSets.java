package org.icoder.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icoder.agree.CodingFile;
import org.icoder.agree.CodingFileReader;
import org.icoder.agree.Level;
import org.icoder.agree.UnitKey;
import org.icoder.code.CodedNote;
import org.icoder.code.Evidence;
import org.icoder.code.NoteCoder;
import org.icoder.code.Pipeline;
import org.icoder.ingest.ExportFormats;
import org.icoder.ingest.ExportSink;
import org.icoder.ingest.InputConfigurationException;
import org.icoder.ingest.InputFile;
import org.icoder.ingest.Note;
import org.icoder.ingest.Reject;
import org.icoder.lexicon.Category;
import org.icoder.text.Language;

/**
 * Turns hand-coded sets into training examples for the reading model. A set is a folder of record
 * exports with one hand coding of its notes, {@code *_note_codes.csv} in icoder's note_codes layout;
 * subfolders, and icoder's own output files, are not read. Each note is coded by the rules; every
 * category the rules found a mention of becomes one example, with the hand coding's verdict for
 * that note and category.
 */
public final class TrainingSets {
  /** A set folder that is not laid out as a training set (its message names the folder). */
  public static final class SetLayoutException extends IllegalArgumentException {
    SetLayoutException(String message) {
      super(message);
    }
  }

  /**
   * What the sets gave, per language, and what could not be used (counts, and the names of files
   * that could not be read).
   */
  public record Collected(Map<Language, List<ReadingTrainer.Example>> examples, int sets, int notes,
      int notesWithoutHandCoding, int rejected, List<String> unreadableFiles) {}

  private final NoteCoder coder;
  private final ExportFormats formats;

  public TrainingSets(NoteCoder coder, ExportFormats formats) {
    this.coder = coder;
    this.formats = formats;
  }

  /**
   * Reads every set, in the order given (the examples' order, and so the model, depends on it).
   * A note whose patient and note id were already read is a reject, as in {@code code}.
   *
   * @throws SetLayoutException naming the folder when it lacks its one hand coding file or exports
   * @throws InputConfigurationException when an export's columns cannot be mapped
   */
  public Collected collect(List<Path> sets) throws IOException {
    Map<Language, List<ReadingTrainer.Example>> examples = new EnumMap<>(Language.class);
    int notes = 0;
    int uncoded = 0;
    int[] rejected = {0};
    List<String> unreadable = new ArrayList<>();
    Set<UnitKey> seen = new HashSet<>();
    for (Path set : sets) {
      List<Path> files = ExportFormats.expand(List.of(set)).stream()
          .filter(f -> set.equals(f.getParent()))
          .filter(f -> !Pipeline.OUTPUT_FILE_NAMES.contains(f.getFileName().toString()))
          .toList();
      List<Path> codings = files.stream().filter(f -> f.getFileName().toString().endsWith("_note_codes.csv")).toList();
      if (codings.size() != 1) {
        throw new SetLayoutException(set + ": expected one hand coding file *_note_codes.csv, found " + codings.size());
      }
      List<Path> exports = new ArrayList<>(files);
      exports.removeAll(codings);
      if (exports.isEmpty()) {
        throw new SetLayoutException(set + ": no record exports beside " + codings.get(0).getFileName());
      }
      CodingFile coding = CodingFileReader.read(codings.get(0));
      if (coding.layout() != Level.NOTE) {
        throw new SetLayoutException(codings.get(0) + ": a hand coding per note is needed (a note_id column)");
      }
      Map<UnitKey, boolean[]> hand = coding.units();
      for (Path file : exports) {
        List<Note> read = new ArrayList<>();
        InputFile input = InputFile.inspect(file, file.toString());
        try {
          formats.readerFor(input).read(input, new ExportSink() {
            @Override
            public void accept(Note note) {
              if (seen.add(new UnitKey(note.patientId(), note.noteId()))) {
                read.add(note);
              } else {
                rejected[0]++;
              }
            }

            @Override
            public void reject(Reject reject) {
              rejected[0]++;
            }
          });
        } catch (InputConfigurationException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          // as in code: a corrupt file is named and skipped, the run goes on
          unreadable.add(file.toString());
          continue;
        }
        for (Note note : read) {
          notes++;
          boolean[] verdict = hand.get(new UnitKey(note.patientId(), note.noteId()));
          if (verdict == null) {
            uncoded++;
            continue;
          }
          CodedNote coded = coder.code(note);
          // Patients are counted by their id alone, across sets: a patient in several exports is one
          // patient when the trainer counts who a feature was seen with.
          String patient = note.patientId();
          // as in coding: a note's sentence words are built once for all its categories
          Map<String, List<String>> sentenceWords = new HashMap<>();
          for (Map.Entry<Category, List<Evidence>> m : ReadingFeatures.byCategory(coded.evidence()).entrySet()) {
            examples.computeIfAbsent(coded.language(), k -> new ArrayList<>()).add(new ReadingTrainer.Example(
                patient, ReadingFeatures.of(m.getKey(), m.getValue(), sentenceWords), verdict[m.getKey().ordinal()]));
          }
        }
      }
    }
    return new Collected(examples, sets.size(), notes, uncoded, rejected[0], unreadable);
  }
}

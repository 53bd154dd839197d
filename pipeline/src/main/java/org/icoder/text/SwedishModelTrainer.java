package org.icoder.text;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenSampleStream;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Swedish OpenNLP sentence and token models from the annotated Swedish clinical-style
 * text in {@code org/icoder/text/sv/} ({@code sv-sent.train}, {@code sv-token.train}) with the
 * abbreviation dictionary {@code sv-abbreviations.txt}, so that "bl.a.", "t.ex." or "pga." never end
 * a sentence. Training is deterministic (maxent, fixed iterations and cutoff) and takes about a
 * second, so the models are trained from the repository's text once per run instead of being
 * shipped as opaque binaries: what is in the repo is exactly what runs.
 */
public final class SwedishModelTrainer {
  static final String DIR = "/org/icoder/text/sv/";
  private static volatile TextModels bundled;

  private SwedishModelTrainer() {}

  /** The models trained from the bundled training text (trained once per JVM). */
  public static TextModels bundled() {
    TextModels m = bundled;
    if (m == null) {
      synchronized (SwedishModelTrainer.class) {
        m = bundled;
        if (m == null) {
          byte[] list = resource("sv-abbreviations.txt");
          m = new TextModels(
              trainSentences(resource("sv-sent.train"), abbreviations(list, true)),
              trainTokens(resource("sv-token.train"), abbreviations(list, false)));
          bundled = m;
        }
      }
    }
    return m;
  }

  static byte[] resource(String name) {
    try (InputStream in = SwedishModelTrainer.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("Swedish training resource " + DIR + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The abbreviation dictionary. The tokenizer gets the whole list. The sentence detector gets only
   * the forms with two or more periods ({@code t.ex.}, {@code bl.a.}): OpenNLP 2.5 blocks a break
   * after any text that merely ends with a listed string, so {@code st.} would also block the break
   * in "flexionstest. Ömhet" (held-out F fell from 0.99 to 0.75 with the full list); single-period
   * abbreviations such as {@code pga.} are learnt from the training text instead.
   */
  static Dictionary abbreviations(byte[] text, boolean multiPeriodOnly) {
    Dictionary dictionary = new Dictionary(false);
    for (String line : lines(text)) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (!multiPeriodOnly || entry.chars().filter(c -> c == '.').count() >= 2) {
        dictionary.put(new StringList(entry));
      }
    }
    return dictionary;
  }

  static SentenceModel trainSentences(byte[] annotated, Dictionary abbreviations) {
    SentenceDetectorFactory factory = new SentenceDetectorFactory("sv", true, abbreviations, null);
    try (ObjectStream<SentenceSample> samples = new SentenceSampleStream(lineStream(annotated))) {
      return SentenceDetectorME.train("sv", samples, factory, parameters());
    } catch (IOException e) {
      throw new UncheckedIOException("training the Swedish sentence model failed", e);
    }
  }

  static TokenizerModel trainTokens(byte[] annotated, Dictionary abbreviations) {
    TokenizerFactory factory = new TokenizerFactory("sv", abbreviations, true,
        Pattern.compile("^[\\p{L}\\p{N}]+$"));
    try (ObjectStream<TokenSample> samples = new TokenSampleStream(lineStream(annotated))) {
      return TokenizerME.train(samples, factory, parameters());
    } catch (IOException e) {
      throw new UncheckedIOException("training the Swedish token model failed", e);
    }
  }

  private static TrainingParameters parameters() {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 3);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return params;
  }

  private static ObjectStream<String> lineStream(byte[] text) throws IOException {
    InputStreamFactory factory = () -> new ByteArrayInputStream(text);
    return new PlainTextByLineStream(factory, StandardCharsets.UTF_8);
  }

  private static List<String> lines(byte[] text) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}

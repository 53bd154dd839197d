package org.icoder.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP sentence and token models per language. English uses the UD-EWT models published on
 * Maven Central; Swedish uses the models icoder trains from its own annotated text
 * ({@link SwedishModelTrainer}), because no Swedish OpenNLP model is published. Models are
 * immutable and shared by all threads.
 */
public record TextModels(SentenceModel sentences, TokenizerModel tokens) {
  private static final String EN_SENT = "/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";
  private static final String EN_TOKEN = "/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin";

  public static TextModels load(Language language) {
    return switch (language) {
      case EN -> new TextModels(
          read(EN_SENT, in -> new SentenceModel(in)), read(EN_TOKEN, in -> new TokenizerModel(in)));
      case SV -> SwedishModelTrainer.bundled();
    };
  }

  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  static <T> T read(String resource, ModelReader<T> reader) {
    try (InputStream in = TextModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}

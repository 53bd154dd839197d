package org.icoder.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.tokenize.TokenSampleStream;
import opennlp.tools.tokenize.TokenizerEvaluator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.PlainTextByLineStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Swedish models icoder trains, measured on the held-out annotated text (sv-*.eval). */
class SwedishModelsTest {
  static final TextModels MODELS = SwedishModelTrainer.bundled();

  @Test
  void sentenceDetectionOnHeldOutTextHasFAtLeast095() throws IOException {
    SentenceDetectorEvaluator eval = new SentenceDetectorEvaluator(new SentenceDetectorME(MODELS.sentences()));
    byte[] text = SwedishModelTrainer.resource("sv-sent.eval");
    eval.evaluate(new SentenceSampleStream(new PlainTextByLineStream(() -> new ByteArrayInputStream(text), StandardCharsets.UTF_8)));
    double f = eval.getFMeasure().getFMeasure();
    assertTrue(f >= 0.95, "sentence F on sv-sent.eval: " + f);
  }

  @Test
  void tokenisationOnHeldOutTextHasFAtLeast098() throws IOException {
    TokenizerEvaluator eval = new TokenizerEvaluator(new TokenizerME(MODELS.tokens()));
    byte[] text = SwedishModelTrainer.resource("sv-token.eval");
    eval.evaluate(new TokenSampleStream(new PlainTextByLineStream(() -> new ByteArrayInputStream(text), StandardCharsets.UTF_8)));
    double f = eval.getFMeasure().getFMeasure();
    assertTrue(f >= 0.98, "token F on sv-token.eval: " + f);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Pat har bl.a. provat TENS, t.ex. på kvällen.",
      "Smärtan ökar pga. stillasittande, ffa. på eftermiddagen.",
      "Stabilitetsträning enl. program, ev. akupunktur nästa gång.",
      "Neurologi ua. och rörligheten ua. i övrigt.",
      "Återbesök om ca. två veckor, dvs. v. 12."})
  void commonAbbreviationsDoNotEndASentence(String sentence) {
    assertArrayEquals(new String[] {sentence}, new SentenceDetectorME(MODELS.sentences()).sentDetect(sentence));
  }

  @Test
  void twoSentencesAreSplit() {
    assertArrayEquals(new String[] {"Pat mår bättre.", "Fortsatt stabilitetsträning."},
        new SentenceDetectorME(MODELS.sentences()).sentDetect("Pat mår bättre. Fortsatt stabilitetsträning."));
  }

  @Test
  void abbreviationsStayOneTokenAndPunctuationIsSplitOff() {
    assertArrayEquals(new String[] {"Åtgärd", ":", "stabilitetsträning", ",", "t.ex.", "TENS-behandling", "."},
        new TokenizerME(MODELS.tokens()).tokenize("Åtgärd: stabilitetsträning, t.ex. TENS-behandling."));
  }
}

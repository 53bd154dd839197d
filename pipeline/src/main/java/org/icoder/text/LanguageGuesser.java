package org.icoder.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides whether a note is Swedish or English. A cheap first pass counts Swedish letters and
 * function words of each language; only when that is undecided does it ask the OpenNLP language
 * detector (langdetect-183) about the first {@value #MODEL_PREFIX} characters, because the model
 * costs about three times the whole per-note budget (shared/perf-calibration.md).
 *
 * <pre>"Pat har fått TENS och instruerats i övningar." → SV   "Patient was given TENS." → EN
 * "Åtgärd: Walking on the treadmill together." → EN (heading labels are not counted)</pre>
 */
public final class LanguageGuesser {
  static final int MODEL_PREFIX = 200;
  private static final String MODEL = "/langdetect-183.bin";
  private static final Set<String> SV = Set.of(
      "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
      "inte", "om", "ett", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "när", "ej", "pat",
      "vid", "efter", "under", "samt", "också", "mycket", "bra", "går", "får", "ska", "sedan", "nu",
      "utan", "ingen", "inga", "dag", "besök", "hon", "han", "hade", "ua", "fått", "hur", "mot", "eller");
  private static final Set<String> EN = Set.of(
      "the", "and", "to", "of", "a", "in", "is", "was", "for", "with", "on", "at", "has", "have",
      "patient", "pt", "be", "not", "no", "this", "that", "as", "are", "will", "his", "her", "she",
      "he", "after", "today", "week", "session", "given", "been", "were", "from", "by", "reports",
      "or", "an", "it", "into", "during");

  private final Language fallback;
  private volatile LanguageDetectorModel model;

  /** @param fallback the language when neither the cheap pass nor the model can tell */
  public LanguageGuesser(Language fallback) {
    this.fallback = fallback;
  }

  public Language guess(String text) {
    int sv = 0;
    int en = 0;
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < 120) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean swedishLetter = false;
      while (i < n && Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        swedishLetter |= c == 'å' || c == 'ä' || c == 'ö' || c == 'Å' || c == 'Ä' || c == 'Ö';
        i++;
      }
      if (i == start) {
        break;
      }
      if (i < n && text.charAt(i) == ':') {
        // A heading label ("Åtgärd:", "Plan:") is the record system's template, not the writer's
        // language: a Swedish template filled in in English is an English note.
        continue;
      }
      words++;
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (swedishLetter) {
        sv += 2;
      }
      if (SV.contains(w)) {
        sv++;
      }
      if (EN.contains(w)) {
        en++;
      }
    }
    if (sv >= 2 && sv >= 2 * en + 1) {
      return Language.SV;
    }
    if (en >= 2 && en >= 2 * sv + 1) {
      return Language.EN;
    }
    if (sv + en == 0 && words < 4) {
      return fallback;
    }
    return askModel(withoutLabels(text));
  }

  /**
   * The note's first words without heading labels, for the model (which would otherwise read a
   * template's language). Built only on this rare path, not for every note.
   */
  static String withoutLabels(String text) {
    StringBuilder content = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n && content.length() < MODEL_PREFIX) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && !(i < n && text.charAt(i) == ':')) {
        content.append(text, start, i).append(' ');
      }
    }
    return content.toString();
  }

  private Language askModel(String text) {
    String prefix = text.length() <= MODEL_PREFIX ? text : text.substring(0, MODEL_PREFIX);
    // LanguageDetectorME keeps no per-call state beyond the model, but create one per call to be safe:
    // it is a thin wrapper and this path is rare.
    String code = new LanguageDetectorME(model()).predictLanguage(prefix).getLang();
    return switch (code) {
      case "eng" -> Language.EN;
      // Norwegian and Danish are what the model says for much Swedish clinical shorthand.
      case "swe", "nob", "nno", "dan", "nor" -> Language.SV;
      default -> fallback;
    };
  }

  private LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the class path");
            }
            m = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP language model " + MODEL, e);
          }
          model = m;
        }
      }
    }
    return m;
  }
}

package org.icoder.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.icoder.ingest.Note;

/**
 * The text stage: language, sentences, tokens and normalised keys of a note.
 *
 * <p>Line breaks are hard sentence boundaries (clinicians put headings and list items on lines of
 * their own); inside a line the OpenNLP sentence model splits. Tokens come from whitespace first;
 * only chunks that are not plain letters/digits ("smärta,", "t.ex.", "(VAS") go through the OpenNLP
 * token model, which keeps the maxent cost to the few places that need it.
 *
 * <p>Thread-safe: models and normalisers are shared, OpenNLP's detectors are per thread.
 */
public final class TextAnalyzer {
  /**
   * Longest sentence kept whole. Longer runs of text without a sentence end (pasted tables, hostile
   * files) are cut at whitespace, so that context scope and the evidence rows stay bounded.
   */
  public static final int MAX_SENTENCE_CHARS = 1000;
  private static final int CHUNK_CACHE_LIMIT = 50_000;
  /** Longest piece of a line given to the sentence detector at once. */
  private static final int MAX_LINE_PIECE = 4 * MAX_SENTENCE_CHARS;
  /** Chunks and words longer than this are not cached: they are rare, and would make the caches large. */
  static final int MAX_CACHED_LENGTH = 64;
  private final Language forced;
  private final LanguageGuesser guesser;
  private final Map<Language, PerLanguage> languages = new EnumMap<>(Language.class);

  /**
   * @param forced the language of every note, or null to guess per note
   * @param normalizers one per language, built over the lexicon's compound parts
   */
  public TextAnalyzer(Language forced, Map<Language, Normalizer> normalizers) {
    this.forced = forced;
    this.guesser = new LanguageGuesser(Language.SV);
    for (Language l : Language.values()) {
      if (forced == null || forced == l) {
        languages.put(l, new PerLanguage(TextModels.load(l), Objects.requireNonNull(normalizers.get(l))));
      }
    }
  }

  public AnalyzedNote analyse(Note note) {
    Language language = forced != null ? forced : guesser.guess(note.text());
    return new AnalyzedNote(note, language, languages.get(language).sentences(note.text()));
  }

  private static final class PerLanguage {
    final TextModels models;
    final Normalizer normalizer;
    final ThreadLocal<SentenceDetectorME> sentences;
    final ThreadLocal<TokenizerME> tokens;
    /**
     * The model's split of each chunk, per thread: clinical notes repeat the same punctuated chunks
     * ("smärta,", "ua.", "t.ex.") endlessly, and the maxent tokenizer is the costliest step.
     */
    final ThreadLocal<Map<String, Span[]>> chunkCache = ThreadLocal.withInitial(HashMap::new);

    PerLanguage(TextModels models, Normalizer normalizer) {
      this.models = models;
      this.normalizer = normalizer;
      this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
      this.tokens = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
    }

    List<Sentence> sentences(String text) {
      List<Sentence> out = new ArrayList<>();
      SentenceDetectorME detector = sentences.get();
      int lineStart = 0;
      int n = text.length();
      while (lineStart <= n) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        // The detector is slow on very long lines (pasted tables, hostile files): feed it pieces of
        // bounded length, cut at whitespace.
        boolean first = true;
        for (int pieceStart = lineStart; pieceStart < lineEnd; ) {
          int pieceEnd = Math.min(lineEnd, pieceStart + MAX_LINE_PIECE);
          if (pieceEnd < lineEnd) {
            int space = text.lastIndexOf(' ', pieceEnd);
            if (space > pieceStart + MAX_LINE_PIECE / 2) {
              pieceEnd = space;
            }
          }
          first = sentences(text, pieceStart, pieceEnd, first, detector, out);
          pieceStart = pieceEnd;
        }
        lineStart = lineEnd + 1;
      }
      return out;
    }

    /** Adds the sentences of text[from, to), one line or part of one; returns whether the next starts the line. */
    private boolean sentences(String text, int from, int to, boolean first, SentenceDetectorME detector, List<Sentence> out) {
      String line = text.substring(from, to);
      int lineStart = from;
      {
        if (!line.isBlank()) {
          for (Span span : detector.sentPosDetect(line)) {
            int start = lineStart + span.getStart();
            int end = lineStart + span.getEnd();
            // trim whitespace (and a carriage return) the detector left at the edges
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            while (end > start) {
              int cut = end;
              if (cut - start > MAX_SENTENCE_CHARS) {
                cut = start + MAX_SENTENCE_CHARS;
                int space = text.lastIndexOf(' ', cut);
                if (space > start + MAX_SENTENCE_CHARS / 2) {
                  cut = space;
                }
              }
              out.add(new Sentence(out.size(), start, cut, first, tokens(text, start, cut)));
              first = false;
              start = cut;
              while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            }
          }
        }
      }
      return first;
    }

    List<Token> tokens(String text, int from, int to) {
      List<Token> out = new ArrayList<>();
      int i = from;
      while (i < to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        int start = i;
        boolean plain = true;
        while (i < to && !Character.isWhitespace(text.charAt(i))) {
          plain &= Character.isLetterOrDigit(text.charAt(i));
          i++;
        }
        if (i == start) {
          break;
        }
        if (plain) {
          out.add(token(text, start, i));
        } else {
          for (Span s : joinHyphenated(text, start, modelSplit(text.substring(start, i)))) {
            splitBrackets(text, s.getStart(), s.getEnd(), out);
          }
        }
      }
      return out;
    }

    Span[] modelSplit(String chunk) {
      if (chunk.length() > MAX_CACHED_LENGTH) {
        return tokens.get().tokenizePos(chunk);
      }
      Map<String, Span[]> cache = chunkCache.get();
      Span[] spans = cache.get(chunk);
      if (spans == null) {
        spans = tokens.get().tokenizePos(chunk);
        if (cache.size() >= CHUNK_CACHE_LIMIT) {
          cache.clear();
        }
        cache.put(chunk, spans);
      }
      return spans;
    }

    /**
     * Note-offset spans of a chunk's model tokens, with hyphenated words kept whole: the English
     * model splits {@code self-management} into three tokens, but a lexicon (and the Swedish
     * convention) treats it as one word with parts.
     */
    static List<Span> joinHyphenated(String text, int offset, Span[] spans) {
      List<Span> out = new ArrayList<>(spans.length);
      for (Span s : spans) {
        Span abs = new Span(offset + s.getStart(), offset + s.getEnd());
        int n = out.size();
        // "-stand" right after "Sit-to": the model sometimes keeps the hyphen on the next token
        if (n >= 1 && abs.length() >= 2 && text.charAt(abs.getStart()) == '-'
            && out.get(n - 1).getEnd() == abs.getStart()
            && Character.isLetterOrDigit(text.charAt(abs.getStart() - 1))
            && Character.isLetterOrDigit(text.charAt(abs.getStart() + 1))) {
          out.set(n - 1, new Span(out.get(n - 1).getStart(), abs.getEnd()));
          continue;
        }
        // "cross-" then "trainer": the model sometimes keeps the hyphen on the first part instead
        if (n >= 1) {
          Span first = out.get(n - 1);
          if (first.length() >= 2 && text.charAt(first.getEnd() - 1) == '-' && first.getEnd() == abs.getStart()
              && Character.isLetterOrDigit(text.charAt(first.getEnd() - 2))
              && Character.isLetterOrDigit(text.charAt(abs.getStart()))) {
            out.set(n - 1, new Span(first.getStart(), abs.getEnd()));
            continue;
          }
        }
        if (n >= 2) {
          Span hyphen = out.get(n - 1);
          Span before = out.get(n - 2);
          if (hyphen.length() == 1 && text.charAt(hyphen.getStart()) == '-'
              && before.getEnd() == hyphen.getStart() && hyphen.getEnd() == abs.getStart()
              && Character.isLetterOrDigit(text.charAt(before.getEnd() - 1))
              && Character.isLetterOrDigit(text.charAt(abs.getStart()))) {
            out.remove(n - 1);
            out.set(n - 2, new Span(before.getStart(), abs.getEnd()));
            continue;
          }
        }
        out.add(abs);
      }
      return out;
    }

    /**
     * Adds a model token, splitting off brackets and quotes the model left attached to a word
     * ({@code (nacke} → {@code (}, {@code nacke}): rare model slips that would hide the word from
     * the lexicon.
     */
    void splitBrackets(String text, int start, int end, List<Token> out) {
      int s = start;
      int e = end;
      while (e - s > 1 && OPENERS.indexOf(text.charAt(s)) >= 0) {
        out.add(token(text, s, s + 1));
        s++;
      }
      int closeFrom = e;
      while (closeFrom - s > 1 && CLOSERS.indexOf(text.charAt(closeFrom - 1)) >= 0) {
        closeFrom--;
      }
      out.add(token(text, s, closeFrom));
      for (int c = closeFrom; c < e; c++) {
        out.add(token(text, c, c + 1));
      }
    }

    private static final String OPENERS = "([{\"'”“«";
    private static final String CLOSERS = ")]}\"'”“»,;:!?";

    Token token(String text, int start, int end) {
      String surface = text.substring(start, end);
      List<String> parts = splitParts(surface);
      List<String> surfaces = new ArrayList<>(parts.size() + 1);
      List<String> wholeKeys = new ArrayList<>(parts.size() + 2);
      String[][] analysed = normalizer.analyse(surface);
      for (String key : analysed[0]) {
        surfaces.add(surface);
        wholeKeys.add(key);
      }
      for (String part : parts) {
        for (String key : normalizer.analyse(part)[0]) {
          surfaces.add(part);
          wholeKeys.add(key);
        }
      }
      if (parts.size() > 1 && surface.indexOf('-') > 0) {
        // A word hyphenated where it is usually written together ("Stav-gång", "avslapp-ning").
        String joined = surface.replace("-", "");
        for (String key : normalizer.analyse(joined)[0]) {
          surfaces.add(joined);
          wholeKeys.add(key);
        }
      }
      return new Token(surface, start, end, surfaces.toArray(String[]::new), wholeKeys.toArray(String[]::new), analysed[1]);
    }

    /**
     * Parts of a joined token: {@code TENS-behandling} → TENS, behandling; {@code stab.träning} →
     * stab, träning; {@code ggr/v} → ggr, v; and an abbreviation without its period: {@code Ev.} →
     * Ev. Empty when there is nothing to split.
     */
    static List<String> splitParts(String surface) {
      if (surface.length() > 1 && surface.endsWith(".") && surface.indexOf('.') == surface.length() - 1
          && Character.isLetter(surface.charAt(0))) {
        return List.of(surface.substring(0, surface.length() - 1));
      }
      List<String> parts = null;
      int partStart = 0;
      for (int i = 1; i < surface.length() - 1; i++) {
        char c = surface.charAt(i);
        if ((c == '-' || c == '/' || c == '.' || c == '+')
            && Character.isLetterOrDigit(surface.charAt(i - 1)) && Character.isLetter(surface.charAt(i + 1))) {
          if (parts == null) parts = new ArrayList<>();
          parts.add(surface.substring(partStart, i));
          partStart = i + 1;
        }
      }
      if (parts == null) {
        return List.of();
      }
      parts.add(surface.substring(partStart));
      return parts;
    }
  }
}

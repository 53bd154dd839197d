package org.icoder.code;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icoder.context.ContextRules;
import org.icoder.lexicon.DataFileException;
import org.icoder.lexicon.Lexicon;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.lexicon.Problem;
import org.icoder.text.Language;
import org.icoder.text.Normalizer;

/**
 * All lexicon and rule files of a run, loaded and validated before any note is read: every problem
 * in every file is reported at once ({@link DataFileException}), and the content hash identifies the
 * exact lexicon in every output.
 */
public record CodingResources(Map<Language, LanguageResources> languages, String lexiconHash, String lexiconSource) {
  public CodingResources {
    languages = Map.copyOf(languages);
  }

  public static CodingResources load(LexiconFiles files) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Map<Language, LanguageResources> map = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Lexicon lexicon = Lexicon.load(files, language, ids, problems);
      ContextRules rules = ContextRules.load(files, language, lexicon.normalizer(), lexicon.cueClasses(), ids, problems);
      map.put(language, new LanguageResources(lexicon, rules));
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return new CodingResources(map, files.contentHash(), files.description());
  }

  public LanguageResources get(Language language) {
    return languages.get(language);
  }

  public Map<Language, Normalizer> normalizers() {
    Map<Language, Normalizer> out = new EnumMap<>(Language.class);
    languages.forEach((l, r) -> out.put(l, r.lexicon().normalizer()));
    return out;
  }
}

package org.icoder.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icoder.lexicon.LexiconFiles;

/**
 * A small fixed lexicon the engine tests write into a temp folder, so that they test the reading
 * rules, not the current content of the real lexicon.
 */
public final class TestLexicons {
  private TestLexicons() {}

  static final String TERMS = """
      # test lexicon
      id\tcategory\tterm\tmatch\trequires\trole\tcomment
      %1$s.tens\tc05_sensory_stimulation\tTENS\texact\t\t\t
      %1$s.acu\tc05_sensory_stimulation\t%2$s\tword\t\t\t
      %1$s.walk.advice\tc03_pa_advice\t%3$s\tword\tadvice\t\t
      %1$s.walk.together\tc06_pa_with_physio\t%3$s\tword\ttogether+!advice@clause\t\t
      %1$s.info\tc01_education\t%4$s\tword\t\tgeneric\t
      %1$s.values\tc09_act\t%5$s\tword\t\t\t
      %1$s.relax\tc08_relaxation_mindfulness\t%6$s\tword\t\t\t
      %1$s.pmr\tc08_relaxation_mindfulness\t%7$s\tword\t\t\t
      %1$s.gym\tc07_weight_training\tgym\twhole\t\t\t
      %1$s.qv007\tc01_education\tQV007\texact\t\t\t
      %1$s.squats\tc07_weight_training\tsquats\tword\tload\t\t
      %1$s.relax.own\thome_exercise\t%6$s\tword\town@unclaimed+!together@clause\t\t
      """;
  static final String CUES = """
      id\tcue\tterm\tmatch
      %1$s.cue.advice\tadvice\t%2$s\tword
      %1$s.cue.together\ttogether\t%3$s\tword
      %1$s.cue.load\tload\t(?i)[0-9]+kg\tpattern
      %1$s.cue.own\town\t%4$s\tword
      """;
  static final String CONTEXT = """
      id\ttrigger\tmodifier\tdirection\tcategories\tcomment
      %1$s.neg\t%2$s\tnegated\tforward\t\t
      %1$s.neg.back\t%3$s\tnegated\tbackward\t\t
      %1$s.hist\t%4$s\thistorical\tboth\t\t
      %1$s.declined\t%5$s\tdeclined\tboth\t\t
      %1$s.other\t%6$s\tother_provider\tforward\t\t
      %1$s.pseudo\t%7$s\tpseudo\tforward\t\t
      %1$s.term\t%8$s\tterminate\tforward\t\t
      %1$s.ongoing\t%9$s\tongoing\tboth\t\t
      %1$s.discussed\t%10$s\tplanned\tboth\tc05_sensory_stimulation\t
      %1$s.returned\t%11$s\tnegated\tbackward@clause\t\t
      %1$s.reported\t=%12$s\treported\tboth@clause\tc05_sensory_stimulation\t
      %1$s.absent\t%13$s\tnegated\tsession@clause\t\t
      %1$s.year\t{earlier year}\thistorical\tboth@clause\t\t
      """;
  static final String SECTIONS = """
      id\theading\tsection\tmodifier\tcues\tcomment
      %1$s.sec.hist\t%2$s\thistory@type\thistorical\t\t
      %1$s.sec.plan\t%3$s\tplan@type\tplanned\t\t
      %1$s.sec.goal\tMål\tgoal@line\tplanned\t\t
      %1$s.sec.treat\t%4$s\ttreatment\tnone\t\t
      %1$s.sec.advice\t%5$s\tadvice\tnone\tadvice\t
      %1$s.sec.summary\tSummary\tsummary@summary\tnone\t\t
      %1$s.sec.background\tBackground\tbackground@inline\thistorical\t\t
      """;

  /** The clause words of each language, as the bundled lexicon has them. */
  static final String CLAUSES_SV = """
      id\trole\twords
      sv.clause.boundary\tboundary\tsamt
      sv.clause.reason\treason\tdå eftersom pga p.g.a.
      sv.clause.but\tbut\tmen
      sv.clause.subject\tsubject\thon han pat pat. patienten patient pt hen de vederbörande är var
      sv.clause.after\tafter_refusal\tdetta det dessa dem den i nuläget dagsläget just nu för tillfället närvarande tills vidare idag dag här lokalt
      sv.clause.absence\tabsence_follower\tutan idag
      sv.clause.year\tbefore_year\tdecember sedan hennes
      """;
  static final String CLAUSES_EN = """
      id\trole\twords
      en.clause.reason\treason\tas since because due
      en.clause.but\tbut\tbut
      en.clause.subject\tsubject\tpatient pt she he they the was is were
      en.clause.after\tafter_refusal\tthis that it them these for now at present the moment time being currently today here locally
      en.clause.absence\tabsence_follower\ttoday
      en.clause.year\tbefore_year\tdecember dec. since early her x
      en.clause.count\tafter_year\ts
      """;

  /** Writes the test lexicon into {@code dir} and returns it as lexicon files. */
  public static LexiconFiles write(Path dir) throws IOException {
    write(dir, "sv", new String[] {"akupunktur", "promenad", "information", "värdering", "avslappning",
        "progressiv muskelavslappning"}, new String[] {"rekommenderas", "tillsammans", "hemma"},
        new String[] {"ej", "ej aktuellt", "tidigare", "avböjer", "remiss till", "ej förbättrad", "men", "fortsatt", "diskuterat", "återlämnad",
            "använder", "uteblev"},
        new String[] {"Anamnes", "Planering", "Åtgärd", "Råd"});
    write(dir, "en", new String[] {"acupuncture", "walking", "information", "values", "relaxation",
        "progressive muscle relaxation"}, new String[] {"advised", "together", "at home"},
        new String[] {"no", "not indicated", "previously", "declines", "referred to", "no change", "but", "continues", "discussed", "returned",
            "uses", "did not attend"},
        new String[] {"History", "Plan", "Treatment", "Advice"});
    return LexiconFiles.folder(dir);
  }

  private static void write(Path dir, String lang, String[] words, String[] cues, String[] triggers, String[] headings)
      throws IOException {
    Path d = Files.createDirectories(dir.resolve(lang));
    Files.writeString(d.resolve("terms.tsv"), TERMS.formatted(lang, words[0], words[1], words[2], words[3], words[4], words[5]),
        StandardCharsets.UTF_8);
    Files.writeString(d.resolve("cues.tsv"), CUES.formatted(lang, cues[0], cues[1], cues[2]), StandardCharsets.UTF_8);
    Files.writeString(d.resolve("context.tsv"), CONTEXT.formatted(lang, triggers[0], triggers[1], triggers[2], triggers[3],
        triggers[4], triggers[5], triggers[6], triggers[7], triggers[8], triggers[9], triggers[10], triggers[11]),
        StandardCharsets.UTF_8);
    Files.writeString(d.resolve("sections.tsv"), SECTIONS.formatted(lang, headings[0], headings[1], headings[2], headings[3]),
        StandardCharsets.UTF_8);
    Files.writeString(d.resolve("clauses.tsv"), lang.equals("sv") ? CLAUSES_SV : CLAUSES_EN, StandardCharsets.UTF_8);
  }
}

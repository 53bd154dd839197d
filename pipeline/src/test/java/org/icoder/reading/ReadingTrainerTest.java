package org.icoder.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReadingTrainerTest {
  /**
   * Examples where the rules say "counted" (rule=1) but the word "gp" means the treatment was given
   * elsewhere: the model must learn to overturn the rules there and nowhere else. "rare" occurs with
   * one patient only. Two hundred patients, so that the pattern outweighs the default L2 penalty
   * (which is on the summed loss: with a few dozen examples it would keep every probability near the bias).
   */
  static List<ReadingTrainer.Example> examples() {
    List<ReadingTrainer.Example> out = new ArrayList<>();
    for (int p = 0; p < 200; p++) {
      String patient = "P" + p;
      out.add(new ReadingTrainer.Example(patient, new TreeSet<>(List.of("rule=1", "w=tens")), true));
      out.add(new ReadingTrainer.Example(patient, new TreeSet<>(List.of("rule=1", "w=tens", "w=gp")), false));
      out.add(new ReadingTrainer.Example(patient, new TreeSet<>(List.of("rule=0", "w=tens")), false));
    }
    out.add(new ReadingTrainer.Example("P0", new TreeSet<>(List.of("rule=0", "rare")), true));
    return out;
  }

  @Test
  void learnsWhenAWordOverturnsTheRules() {
    ReadingModel m = ReadingTrainer.train(examples(), ReadingTrainer.Settings.DEFAULT);
    assertTrue(m.delivered(new TreeSet<>(List.of("rule=1", "w=tens"))));
    assertFalse(m.delivered(new TreeSet<>(List.of("rule=1", "w=tens", "w=gp"))));
    assertFalse(m.delivered(new TreeSet<>(List.of("rule=0", "w=tens"))));
    assertEquals(0.77, m.threshold());
    assertTrue(m.weight("w=gp") < -1, "gp weighs against delivery: " + m.weight("w=gp"));
  }

  @Test
  void aFeatureSeenWithFewerPatientsThanTheMinimumGetsNoWeight() {
    ReadingModel m = ReadingTrainer.train(examples(), ReadingTrainer.Settings.DEFAULT);
    assertEquals(0.0, m.weight("rare"));
    assertEquals(4, m.size()); // rule=1, rule=0, w=tens, w=gp
    ReadingModel all = ReadingTrainer.train(examples(), new ReadingTrainer.Settings(0.3, 100, 0.01, 1, 1, 0.77));
    assertTrue(all.weight("rare") > 0);
  }

  @Test
  void theSameExamplesAndSettingsGiveTheSameFileByteForByte() {
    String a = ReadingTrainer.train(examples(), ReadingTrainer.Settings.DEFAULT).format(List.of());
    String b = ReadingTrainer.train(examples(), ReadingTrainer.Settings.DEFAULT).format(List.of());
    assertEquals(a, b);
    String otherSeed = ReadingTrainer.train(examples(), new ReadingTrainer.Settings(0.3, 100, 0.01, 5, 2, 0.77)).format(List.of());
    assertTrue(!a.equals(otherSeed), "the seed orders the examples, so it shows in the weights");
  }

  @Test
  void aModelWithoutTheRulesVerdictAmongItsFeaturesIsRefused() {
    // four patients: no feature is seen with five, so the model would be a bias alone
    List<ReadingTrainer.Example> few = examples().stream().filter(e -> List.of("P0", "P1", "P2", "P3").contains(e.patient()))
        .toList();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadingTrainer.train(few, ReadingTrainer.Settings.DEFAULT));
    assertTrue(e.getMessage().startsWith("too few patients to learn from: the rules' verdict rule=1 is not seen with 5"),
        e.getMessage());
  }

  @Test
  void aFeatureSeenAcrossSetsIsCountedOncePerPatient() {
    // one patient, six times: still one patient
    List<ReadingTrainer.Example> one = new ArrayList<>(examples());
    for (int i = 0; i < 6; i++) {
      one.add(new ReadingTrainer.Example("P7", new TreeSet<>(List.of("rule=1", "w=zlatanovic")), false));
    }
    assertEquals(0.0, ReadingTrainer.train(one, ReadingTrainer.Settings.DEFAULT).weight("w=zlatanovic"));
  }

  @Test
  void examplesOfOneVerdictOnlyCannotBeTrainedOn() {
    List<ReadingTrainer.Example> yes = List.of(new ReadingTrainer.Example("P", new TreeSet<>(List.of("a")), true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadingTrainer.train(yes, ReadingTrainer.Settings.DEFAULT));
    assertTrue(e.getMessage().contains("all delivered"), e.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> new ReadingTrainer.Settings(2, 0, 0.01, 5, 1, 0.77));
    assertTrue(bad.getMessage().endsWith("got lambda 2.0, epochs 0, learning rate 0.01, min patients 5, threshold 0.77"), bad.getMessage());
  }
}

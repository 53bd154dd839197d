package org.icoder.synth;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a SYNTHETIC record export for demos and scale tests: fictional patients (ids {@code SYN-...},
 * authors "SYNTETISK"), Swedish and English notes, session counts and a category mix shaped like the
 * study (median 9 visits over about five months; Table 3 prevalences), with some negated, earlier,
 * planned, declined and referred-elsewhere mentions. Fixed seed → identical file.
 *
 * <p>It is a generator of plausible text, not a source of truth: icoder's accuracy is measured on
 * the hand-coded gold standard, never on this.
 */
public final class SyntheticExport {
  /** Share of patients with each category (Table 3 of the study), then home exercise (99 %). */
  static final double[] PREVALENCE = {0.974, 0.912, 0.679, 0.672, 0.50, 0.223, 0.168, 0.161, 0.128, 0.095, 0.99};

  private static final String[][] SV = {
      {"Information om smärtfysiologi och hur långvarig smärta påverkar nervsystemet.", "Smärtskola, QV007.",
          "Pratat om ergonomi vid datorarbete.", "Genomgång av aktivitetsanpassning och pacing."},
      {"Stabilitetsträning för bål och skuldra.", "Balansträning på ostadigt underlag.",
          "Sensomotorisk träning av nacken med laserpekare.", "Motorisk kontroll, aktivering av djupa bukmuskler."},
      {"Rekommenderas promenader 30 min dagligen.", "Råd om stavgång tre gånger i veckan.",
          "Uppmuntras att cykla till arbetet.", "FaR utfärdat: promenader och simning."},
      {"Stretching av höftböjare.", "Manuell terapi, mobilisering av bröstrygg.", "Värmebehandling av nacke före träning.",
          "Tejpning av skuldra."},
      {"TENS 20 min över ländryggen med god effekt.", "Akupunktur, 8 nålar, 20 min.", "TENS-behandling provad, DA021.",
          "Akupunkturbehandling enligt plan."},
      {"Cyklade 15 min på ergometercykel tillsammans med sjukgymnast.", "Stavgång tillsammans med undertecknad 30 min.",
          "Crosstrainer 10 min under besöket med handledning."},
      {"Styrketräning i gym med vikter, program genomgånget.", "Instruerad i gymprogrammet: benpress och latsdrag.",
          "Träning med hantlar och kabelmaskin i gymmet."},
      {"Avslappningsövningar och andningsövningar.", "Mindfulness, 10 min guidad övning.",
          "Progressiv muskelavslappning genomförd."},
      {"Samtal om värderingar och acceptans av smärtan.", "Arbetat med rörelserädsla genom gradvis exponering.",
          "Motiverande samtal kring beteendeförändring."},
      {"Basal kroppskännedom i grupp.", "BBAT, övningar i stående och gående.", "Träning av specifika aktiviteter: lyft från golv."},
      {"Hemövningar genomgångna, pat gör dem dagligen.", "Fått hemprogram med stabilitetsövningar.",
          "Övningar att göra på egen hand på jobbet."}};
  private static final String[][] EN = {
      {"Education on pain physiology and central sensitisation.", "Pain education session, QV007.",
          "Discussed ergonomics at work.", "Information given about activity pacing."},
      {"Stabilisation exercises for the trunk.", "Balance training on a wobble board.", "Motor control training of the neck."},
      {"Advised to walk 30 minutes daily.", "Recommended Nordic walking three times a week.", "Encouraged to cycle to work."},
      {"Stretching of the hamstrings.", "Manual therapy, thoracic mobilisation.", "Heat pack before exercise.", "Taping of the shoulder."},
      {"TENS 20 min to the lower back.", "Acupuncture, 8 needles for 20 minutes."},
      {"Exercise bike 15 min together with the physiotherapist.", "Nordic walking with the physiotherapist for 30 min."},
      {"Gym programme with weights reviewed.", "Weight training with dumbbells in the gym."},
      {"Breathing exercises and relaxation.", "Mindfulness practice, 10 minutes."},
      {"Talked about values and acceptance.", "Worked on fear of movement with graded exposure.", "Motivational interviewing on behaviour change."},
      {"Basic body awareness therapy session.", "Practised specified activities: lifting from the floor."},
      {"Home exercise programme reviewed.", "Exercises to do at home daily."}};
  private static final String[] SV_CONTEXT = {
      "Tidigare provat akupunktur hos kiropraktor utan effekt.", "TENS ej aktuellt.", "Avböjer akupunktur.",
      "Remiss till psykolog för KBT.", "Planeras ev. basal kroppskännedom framöver.", "Mål formulerade tillsammans med pat."};
  private static final String[] EN_CONTEXT = {
      "Previously tried acupuncture with no effect.", "TENS not indicated.", "Declines acupuncture.",
      "Referred to psychologist for CBT.", "May consider body awareness therapy later.", "Goals set together with the patient."};

  private SyntheticExport() {}

  /** Writes {@code notes} notes (whole patients until the count is reached) as comma-separated UTF-8 CSV. */
  public static void write(Writer out, long notes, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      csv.printRecord("patient_id", "note_id", "date", "note_type", "author", "text");
      long written = 0;
      int patient = 0;
      while (written < notes) {
        patient++;
        boolean swedish = random.nextDouble() < 0.8;
        String[][] bank = swedish ? SV : EN;
        List<Integer> categories = new ArrayList<>();
        for (int c = 0; c < PREVALENCE.length; c++) {
          if (random.nextDouble() < PREVALENCE[c] && bank[c].length > 0) categories.add(c);
        }
        int sessions = (int) Math.max(2, Math.min(40, Math.round(Math.exp(2.2 + 0.6 * random.nextGaussian()))));
        sessions = (int) Math.min(sessions, notes - written);
        LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(5 * 365));
        String id = String.format("SYN-%06d", patient);
        for (int s = 1; s <= sessions; s++) {
          StringBuilder text = new StringBuilder();
          String type;
          if (s == 1) {
            type = swedish ? "Nybesök" : "Initial assessment";
            text.append(swedish ? "Anamnes: Långvarig smärta sedan flera år. " : "History: Long-standing pain for years. ")
                .append(pick(random, swedish ? SV_CONTEXT : EN_CONTEXT)).append('\n')
                .append(swedish ? "Åtgärd: " : "Treatment: ");
          } else if (s == sessions && sessions > 2) {
            type = swedish ? "Epikris" : "Discharge summary";
            text.append(swedish ? "Epikris: Under programmet har pat fått följande. " : "Summary: During the programme the patient received the following. ");
          } else {
            type = swedish ? "Besöksanteckning" : "Follow-up";
            text.append(swedish ? "Aktuellt: Pat mår något bättre. " : "Current: Patient feels somewhat better. ");
            if (random.nextDouble() < 0.15) {
              text.append(pick(random, swedish ? SV_CONTEXT : EN_CONTEXT)).append(' ');
            }
            text.append('\n').append(swedish ? "Åtgärd: " : "Treatment: ");
          }
          int mentions = s == sessions ? categories.size() : 1 + random.nextInt(3);
          for (int m = 0; m < mentions && !categories.isEmpty(); m++) {
            int c = s == sessions ? categories.get(m) : categories.get(random.nextInt(categories.size()));
            text.append(pick(random, bank[c])).append(' ');
          }
          csv.printRecord(id, id + "-" + s, date.toString(), type, swedish ? "SYNTETISK fysioterapeut" : "SYNTHETIC physiotherapist",
              text.toString().strip());
          date = date.plusDays(7 + random.nextInt(14));
          written++;
        }
      }
    }
  }

  private static String pick(SplittableRandom random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}

package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken and hostile export files that must never crash a run: each is coded or
 * rejected, the run exits 0, and read = coded + rejected.
 */
class HostileInputIT {
  @TempDir Path dir;

  @Test
  void brokenFilesBecomeRejectsAndTheCountsAddUp() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Random random = new Random(42);
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    Files.write(in.resolve("garbage.csv"), garbage);
    Files.write(in.resolve("garbage.docx"), garbage);
    Files.write(in.resolve("garbage.doc"), garbage);
    Files.write(in.resolve("garbage.xls"), garbage);
    Files.writeString(in.resolve("nul.csv"), "patient_id,date,text\nP1,2024-01-01,TENS\u0000 och akupunktur\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("long.csv"), "patient_id,date,text\nP1,2024-01-01,\"" + "stabilitetsträning ".repeat(20_000) + "\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("ragged.csv"), "patient_id;date;text\nP1;2024-01-01\nP2;2024-01-02;TENS;extra;cells\n;;\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("quote.csv"), "patient_id,date,text\nP1,2024-01-01,\"a \"\"quoted\"\" word\"\nP2,2024-01-02,\"open\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("onlyheader.tsv"), "patient_id\tdate\ttext\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("nodates.txt"), "Patient: X\nno notes here at all\n", StandardCharsets.UTF_8);
    // Inputs that once made the sentence detector or a regex take seconds per kilobyte.
    Files.writeString(in.resolve("dots.csv"), "patient_id,date,text\nP1,2024-01-01,\"" + ".".repeat(50_000) + "\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("spaces.txt"), "Patient: P1" + " ".repeat(50_000) + "\n2024-01-01 Besök\nTENS.\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("weird-dates.txt"), "2024-99-99 Besök\nTENS.\n2024-02-30\nAkupunktur.\n", StandardCharsets.UTF_8);

    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("code", in.toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    long read = m.at("/notes/read").asLong();
    assertEquals(read, m.at("/notes/coded").asLong() + m.at("/notes/rejected").asLong());
    long rejectRows = Files.readAllLines(out.resolve("rejects.csv")).size() - 1;
    assertEquals(m.at("/notes/rejected").asLong(), rejectRows, "every rejected note is listed");
    long codedRows = Files.readAllLines(out.resolve("note_codes.csv")).size() - 1;
    assertEquals(m.at("/notes/coded").asLong(), codedRows, "every coded note is listed");
    assertEquals(13, m.at("/inputs").size(), "every file is accounted for");
  }
}

package org.icoder.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.icoder.text.Language;

/**
 * Where the lexicon and rule files come from: a folder the user names with {@code --lexicons}, or
 * the copy bundled in the jar. Knows the fixed file layout ({@code sv/terms.tsv}, ...) and the
 * content hash that goes into every output, so a coding can be tied to the exact lexicon.
 */
public final class LexiconFiles {
  /** The files a run reads, per language, in hashing order. */
  public static final List<String> RUNTIME_FILES = List.of("terms.tsv", "cues.tsv", "context.tsv", "sections.tsv",
      "clauses.tsv");
  /**
   * The reading model a language folder may have: without it that language is read by the rules
   * alone. It is not part of {@link #contentHash} (the rules' hash): a run that uses it records its
   * own hash.
   */
  public static final String READING_MODEL = "reading.tsv";
  private static final String BUNDLED = "/org/icoder/lexicons/";

  private final Path dir;
  private final String description;
  /** Each file is read once: the hash is then of exactly the bytes that were parsed. */
  private final java.util.Map<String, byte[]> read = new java.util.concurrent.ConcurrentHashMap<>();

  private LexiconFiles(Path dir, String description) {
    this.dir = dir;
    this.description = description;
  }

  public static LexiconFiles bundled() {
    return new LexiconFiles(null, "bundled");
  }

  public static LexiconFiles folder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--lexicons " + dir + ": no such folder");
    }
    return new LexiconFiles(dir, dir.toString());
  }

  /** "bundled" or the folder's path. */
  public String description() {
    return description;
  }

  /** The name a problem report uses for a file, e.g. {@code lexicons/sv/terms.tsv}. */
  public String displayName(Language language, String file) {
    String rel = language.code() + "/" + file;
    return dir == null ? "lexicons/" + rel + " (bundled)" : dir.resolve(rel).toString();
  }

  /**
   * The bytes of a file.
   *
   * @throws IllegalArgumentException naming the file when it is missing
   */
  public byte[] read(Language language, String file) {
    return read.computeIfAbsent(language.code() + "/" + file, rel -> readOnce(rel)).clone();
  }

  /**
   * The bytes of an optional file, or null when the language folder does not have it.
   *
   * @throws IllegalArgumentException naming the path when something other than a file has its name
   */
  public byte[] readOptional(Language language, String file) {
    // Keyed apart from read(): a file looked for as optional and found missing stays missing for
    // the run, and is never taken for an empty required file.
    byte[] bytes = read.computeIfAbsent("?" + language.code() + "/" + file, key -> readOnce(key.substring(1), true));
    return bytes == ABSENT ? null : bytes.clone();
  }

  /** Marks an optional file found missing, so that the answer stays the same for the whole run. */
  private static final byte[] ABSENT = new byte[0];

  private byte[] readOnce(String rel) {
    return readOnce(rel, false);
  }

  private byte[] readOnce(String rel, boolean optional) {
    try {
      if (dir != null) {
        Path p = dir.resolve(rel);
        if (!Files.isRegularFile(p)) {
          if (optional && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return ABSENT;
          }
          if (optional) {
            throw new IllegalArgumentException(p + ": not a readable file (remove it, or put a reading model there)");
          }
          throw new IllegalArgumentException(p + ": missing lexicon file (every language folder needs "
              + String.join(", ", RUNTIME_FILES) + ")");
        }
        return Files.readAllBytes(p);
      }
      try (InputStream in = LexiconFiles.class.getResourceAsStream(BUNDLED + rel)) {
        if (in == null) {
          if (optional) {
            return ABSENT;
          }
          throw new IllegalStateException("bundled lexicon file " + rel + " is missing from the jar");
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + rel, e);
    }
  }

  /** SHA-256 over every runtime file's name and bytes, in a fixed order: the hash of the rules. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Language language : Language.values()) {
        for (String file : RUNTIME_FILES) {
          digest.update((language.code() + "/" + file + "\0").getBytes(StandardCharsets.UTF_8));
          digest.update(read(language, file));
          digest.update((byte) 0);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

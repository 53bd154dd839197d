package org.icoder.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Facts about an input file gathered in one streaming pass before it is read: its SHA-256 for the
 * manifest, and its text encoding: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's
 * "Unicode text"), UTF-8 when its bytes are valid UTF-8 (with or without BOM), else Windows-1252,
 * the encoding Swedish Excel writes CSV in.
 */
public record InputFile(Path path, String displayName, String sha256, long bytes, boolean validUtf8, boolean utf8Bom,
    java.nio.charset.Charset utf16) {

  public static InputFile inspect(Path path, String displayName) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    boolean valid = true;
    boolean bom = false;
    java.nio.charset.Charset utf16 = null;
    long total = 0;
    byte[] buf = new byte[1 << 16];
    ByteBuffer carry = ByteBuffer.allocate((1 << 16) + 8);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate((1 << 16) + 8);
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        digest.update(buf, 0, n);
        if (total == 0 && n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
          bom = true;
        }
        if (total == 0 && n >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
          utf16 = StandardCharsets.UTF_16LE;
        } else if (total == 0 && n >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
          utf16 = StandardCharsets.UTF_16BE;
        }
        total += n;
        if (valid) {
          carry.put(buf, 0, n);
          carry.flip();
          out.clear();
          var result = utf8.decode(carry, out, false);
          if (result.isError()) {
            valid = false;
          }
          carry.compact();
        }
      }
    }
    if (valid) {
      carry.flip();
      out.clear();
      try {
        if (utf8.decode(carry, out, true).isError()) {
          valid = false;
        }
      } catch (RuntimeException e) {
        valid = false;
      }
    }
    return new InputFile(path, displayName, HexFormat.of().formatHex(digest.digest()), total, valid, bom, utf16);
  }

  /** The charset to decode a text file with. */
  public java.nio.charset.Charset charset() {
    if (utf16 != null) {
      return utf16;
    }
    return validUtf8 ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("windows-1252");
  }

  /** The file's text, any byte-order mark skipped. */
  public java.io.BufferedReader openText() throws IOException {
    java.io.BufferedReader reader = Files.newBufferedReader(path, charset());
    if (utf8Bom || utf16 != null) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
    }
    return reader;
  }

}

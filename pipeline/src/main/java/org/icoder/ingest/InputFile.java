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
 * manifest, and whether its bytes are valid UTF-8 (else it is taken as Windows-1252, the encoding
 * Swedish Excel writes CSV in).
 */
public record InputFile(Path path, String displayName, String sha256, long bytes, boolean validUtf8, boolean utf8Bom) {

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
    return new InputFile(path, displayName, HexFormat.of().formatHex(digest.digest()), total, valid, bom);
  }

  /** The charset to decode a text file with. */
  public java.nio.charset.Charset charset() {
    return validUtf8 ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("windows-1252");
  }

}

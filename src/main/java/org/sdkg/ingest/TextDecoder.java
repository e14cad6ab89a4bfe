package org.sdkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into article text, or says why it is not a UTF-8 text file. Checks run from
 * the most specific diagnosis to the most general, so a UTF-16 file, with or without a byte order
 * mark, is reported as UTF-16 rather than as binary (its ASCII characters contain zero bytes).
 * Control characters in the text are replaced by spaces ({@link
 * ArticleTexts#withoutControlCharacters}).
 */
final class TextDecoder {
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  static String decode(byte[] bytes) throws BadArticleException {
    if (bytes.length == 0) {
      throw new BadArticleException("is empty; add the article text or remove the file");
    }
    String otherEncoding = unicodeEncodingFromBom(bytes);
    if (otherEncoding != null) {
      throw new BadArticleException(
          "is "
              + otherEncoding
              + "; convert it to UTF-8 (e.g. iconv -f "
              + otherEncoding
              + " -t UTF-8)");
    }
    String utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      throw new BadArticleException(
          "is "
              + utf16
              + " without a byte order mark; convert it to UTF-8 (e.g. iconv -f "
              + utf16
              + " -t UTF-8)");
    }
    for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new BadArticleException(
            "is a binary file, not text; articles must be UTF-8 text files");
      }
    }
    String text;
    try {
      text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadArticleException(
          lineOfFirstInvalidByte(bytes),
          "is not valid UTF-8; convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = ArticleTexts.withoutControlCharacters(text);
    if (text.isBlank()) {
      throw new BadArticleException(
          "contains only whitespace; add the article text or remove the file");
    }
    return text;
  }

  /** The encoding a byte order mark announces, when it is not UTF-8; {@code null} otherwise. */
  private static String unicodeEncodingFromBom(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return "UTF-32";
    }
    if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
      return "UTF-16";
    }
    return null;
  }

  /**
   * {@code UTF-16LE} or {@code UTF-16BE} when the start of the file looks like mostly-ASCII text in
   * that encoding: a zero byte in most code units, always on the same side; else {@code null}.
   */
  private static String utf16WithoutBom(byte[] bytes) {
    int units = Math.min(bytes.length, SNIFF_BYTES) / 2;
    if (units < 4) {
      return null;
    }
    int zeroHigh = 0;
    int zeroLow = 0;
    for (int u = 0; u < units; u++) {
      zeroLow += bytes[2 * u] == 0 ? 1 : 0;
      zeroHigh += bytes[2 * u + 1] == 0 ? 1 : 0;
    }
    if (zeroHigh * 10 >= units * 7 && zeroLow * 20 <= units) {
      return "UTF-16LE";
    }
    if (zeroLow * 10 >= units * 7 && zeroHigh * 20 <= units) {
      return "UTF-16BE";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** 1-based line holding the first invalid sequence, so the user can find it in an editor. */
  private static int lineOfFirstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = strictUtf8();
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }
}

package org.sdkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens the UD tokenizer keeps whole but gazetteers need apart: possessives ({@code
 * China's} → {@code China} {@code 's}), name compounds ({@code U.S.-China} → {@code U.S.} {@code -}
 * {@code China}) and stray leading dashes ({@code -U.S.}). Lower-case compounds ({@code
 * science-based}) and codes ({@code COVID-19}) stay whole.
 */
public final class TokenRefiner {
  private TokenRefiner() {}

  /**
   * The refined tokens of one token; a piece inherits the tag of its token, punctuation gets
   * PUNCT/PART.
   */
  public static List<Token> refine(Token token) {
    List<Token> out = new ArrayList<>(2);
    String text = token.text();
    String tag = mainTag(token.pos());
    int pieceStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean mark = i < text.length() && isInvisibleMark(text.charAt(i));
      boolean scriptBorder =
          i > pieceStart && i < text.length() && isCjk(text.charAt(i - 1)) != isCjk(text.charAt(i));
      if (i == text.length() || mark || scriptBorder) {
        if (i > pieceStart) {
          split(text.substring(pieceStart, i), token.start() + pieceStart, tag, out);
        }
        pieceStart = mark ? i + 1 : i;
      }
    }
    return out;
  }

  /**
   * Format characters that only steer display; joiners (which build emoji and Indic words) and soft
   * hyphens (which sit inside words) are not among them.
   */
  private static boolean isInvisibleMark(char c) {
    return Character.getType(c) == Character.FORMAT
        && c != '\u200C'
        && c != '\u200D'
        && c != '\u00AD';
  }

  private static boolean isCjk(char c) {
    if (c < '\u1100') {
      return false; // below Hangul Jamo, the first CJK block: Latin, Greek, Cyrillic, Arabic...
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  /** Refined pieces of a plain string, for tokenising gazetteer entries the same way as text. */
  public static List<String> pieces(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      boolean comma = w.length() > 1 && (w.endsWith(",") || w.endsWith(";"));
      List<Token> parts = new ArrayList<>();
      split(comma ? w.substring(0, w.length() - 1) : w, 0, "", parts);
      parts.forEach(p -> words.add(p.text()));
      if (comma) {
        // "Educational, Scientific": the tokenizer splits the comma off running text too
        words.add(w.substring(w.length() - 1));
      }
    }
    return words;
  }

  private static String mainTag(String pos) {
    int plus = pos.indexOf('+');
    return plus < 0 ? pos : pos.substring(0, plus);
  }

  private static void split(String text, int start, String pos, List<Token> out) {
    int possessive = possessiveStart(text);
    if (possessive > 0) {
      split(text.substring(0, possessive), start, pos, out);
      out.add(
          new Token(text.substring(possessive), start + possessive, start + text.length(), "PART"));
      return;
    }
    int dash = compoundDash(text);
    if (dash >= 0) {
      if (dash > 0) {
        split(text.substring(0, dash), start, pos, out);
      }
      out.add(new Token(text.substring(dash, dash + 1), start + dash, start + dash + 1, "PUNCT"));
      if (dash + 1 < text.length()) {
        split(text.substring(dash + 1), start + dash + 1, pos, out);
      }
      return;
    }
    out.add(new Token(text, start, start + text.length(), wordTag(text, pos)));
  }

  /** A word split off a punctuation token ("-U.S.") keeps no PUNCT tag. */
  private static String wordTag(String text, String pos) {
    if (!"PUNCT".equals(pos) || text.chars().noneMatch(Character::isLetter)) {
      return pos;
    }
    return Character.isUpperCase(text.charAt(0)) ? "PROPN" : "X";
  }

  private static int possessiveStart(String t) {
    for (String suffix : new String[] {"'s", "’s", "'S"}) {
      if (t.length() > suffix.length() && t.endsWith(suffix)) {
        return t.length() - suffix.length();
      }
    }
    if (t.length() > 2 && (t.endsWith("s'") || t.endsWith("s’"))) {
      return t.length() - 1;
    }
    return -1;
  }

  /**
   * Index of a dash joining capitalised parts, or a leading dash; -1 when the token stays whole.
   */
  private static int compoundDash(String t) {
    if (t.length() > 1 && isDash(t.charAt(0)) && Character.isLetter(t.charAt(1))) {
      return 0;
    }
    for (int i = 1; i < t.length() - 1; i++) {
      if (isDash(t.charAt(i))
          && Character.isUpperCase(t.charAt(i + 1))
          && (Character.isUpperCase(t.charAt(0)) || t.charAt(i - 1) == '.')) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '‐';
  }
}

package org.sdkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How tokens the tokenizer keeps whole are split for the gazetteers. */
class TokenRefinerTest {

  private static List<String> refined(String text, int start) {
    return TokenRefiner.refine(new Token(text, start, start + text.length(), "PROPN")).stream()
        .map(t -> t.text() + "@" + t.start() + "-" + t.end())
        .toList();
  }

  @Test
  void refine_givenInvisibleDirectionMarks_dropsThemAndKeepsOffsets() {
    assertEquals(List.of("Jordan@11-17"), refined("\u202BJordan\u202C", 10));
    assertEquals(List.of("Egypt@0-5"), refined("Egypt\u200F", 0));
    assertEquals(List.of("France@3-9", "and@10-13"), refined("France\u200Band", 3));
    assertEquals(List.of("Kenya@0-5"), refined("Kenya\uFEFF", 0));
    assertEquals(List.of(), refined("\u200E", 4));
  }

  @Test
  void refine_keepsJoinersAndSoftHyphensInsideTheirWords() {
    assertEquals(List.of("👩‍🔬@0-5"), refined("👩\u200D🔬", 0));
    assertEquals(List.of("co\u00ADoperation@0-12"), refined("co\u00ADoperation", 0));
  }

  @Test
  void refine_givenChineseOrJapaneseGluedToLatin_splitsAtTheBorder() {
    assertEquals(List.of("协定。@0-3", "China@3-8"), refined("协定。China", 0));
    assertEquals(List.of("Japan@0-5", "と@5-6", "France@6-12"), refined("JapanとFrance", 0));
    assertEquals(List.of("中国的@2-5"), refined("中国的", 2));
  }

  @Test
  void refine_stillSplitsPossessivesAndCompoundsAfterAMark() {
    assertEquals(List.of("China@1-6", "'s@6-8"), refined("\u200FChina's", 0));
    assertEquals(List.of("U.S.@0-4", "-@4-5", "China@5-10"), refined("U.S.-China\u200E", 0));
  }
}

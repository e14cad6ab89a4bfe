package org.sdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdkg.nlp.Token;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.load();

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String w : text.split(" ")) {
      out.add(new Token(w, offset, offset + w.length(), "X"));
      offset += w.length() + 1;
    }
    return out;
  }

  @Test
  void matchAt_prefersLongestPhrase_caseInsensitive() {
    List<Token> t = tokens("They Worked Together on space");
    // "worked with" does not match, "worked together" does; "together" alone is not in the section.
    assertEquals(2, lexicon.matchAt("cooperation", t, 1));
    assertEquals(0, lexicon.matchAt("cooperation", t, 2));
  }

  @Test
  void matchAt_prefixPatternMatchesAnyWordWithThatPrefix() {
    assertEquals(1, lexicon.matchAt("cooperation", tokens("Cooperative research"), 0));
    assertEquals(1, lexicon.matchAt("suspended", tokens("halting it"), 0));
  }

  @Test
  void matchAt_phraseRunningPastTheEnd_doesNotMatch() {
    assertEquals(0, lexicon.matchAt("pair-reference", tokens("both"), 0));
    assertEquals(0, lexicon.matchAt("pair-reference", tokens("both"), 5));
  }

  @Test
  void firstIn_findsFirstStartInsideRange_andSkipsPhrasesCrossingItsEnd() {
    List<Token> t = tokens("we are ready to go and will plan");
    assertEquals(2, lexicon.firstIn("proposed", t, 0, t.size()));
    // "ready to" crosses the end at 3, so the first phrase wholly inside [0, 3) is none.
    assertEquals(-1, lexicon.firstIn("proposed", t, 0, 3));
    assertEquals(6, lexicon.firstIn("proposed", t, 3, t.size()));
  }

  @Test
  void isWord_oneWordEntriesAndPrefixes_notMultiWordPhrases() {
    assertTrue(lexicon.isWord("proposed", "Hopes"));
    assertTrue(lexicon.isWord("role", "Ambassador"));
    assertFalse(lexicon.isWord("proposed", "ready"));
    assertFalse(lexicon.isWord("role", "vice"));
  }

  @Test
  void unknownSection_isRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> lexicon.matchAt("nope", tokens("x"), 0));
    assertEquals("lexicon has no section [nope]", e.getMessage());
  }

  @Test
  void namesAgreement_givenAgreementWordLastOrBeforeOn_isTrue() {
    assertTrue(lexicon.namesAgreement("Paris Agreement"));
    assertTrue(lexicon.namesAgreement("United Nations Framework Convention on Climate Change"));
    assertTrue(lexicon.namesAgreement("Agreement on Cooperation in Science and Technology"));
    assertFalse(lexicon.namesAgreement("Convention Center"));
    assertFalse(lexicon.namesAgreement("China Space Station"));
  }
}

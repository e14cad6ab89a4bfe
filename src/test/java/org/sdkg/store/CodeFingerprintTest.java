package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeFingerprintTest {
  @Test
  void current_isStableWithinOneBuildOfTheCode_andA32DigitHexHash() {
    String first = CodeFingerprint.current();
    assertTrue(first.matches("[0-9a-f]{32}"), first);
    assertEquals(first, CodeFingerprint.current());
  }
}

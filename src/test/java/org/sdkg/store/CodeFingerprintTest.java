package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeFingerprintTest {
  @TempDir Path classes;

  @Test
  void current_isStableWithinOneBuildOfTheCode_andA32DigitHexHash() {
    String first = CodeFingerprint.current();
    assertTrue(first.matches("[0-9a-f]{32}"), first);
    assertEquals(first, CodeFingerprint.current());
    assertEquals(first, CodeFingerprint.currentInBackground().get());
  }

  @Test
  void of_changesWithSdkgsClassesAndTheOntologyFiles_notWithOtherFiles() throws IOException {
    write("org/sdkg/Extractor.class", "code");
    write("ontology/topics.ttl", "skos:prefLabel \"climate\"");
    String before = CodeFingerprint.of(classes);

    write("org/apache/Other.class", "a library");
    assertEquals(before, CodeFingerprint.of(classes), "a library's files are not sdkg's code");

    write("ontology/topics.ttl", "skos:prefLabel \"climate change\"");
    String relabelled = CodeFingerprint.of(classes);
    assertNotEquals(before, relabelled, "a new topic label changes what the extractor finds");

    write("org/sdkg/Extractor.class", "new code");
    assertNotEquals(relabelled, CodeFingerprint.of(classes));
  }

  private void write(String name, String content) throws IOException {
    Path file = classes.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}

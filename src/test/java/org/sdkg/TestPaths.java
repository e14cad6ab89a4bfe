package org.sdkg;

import java.nio.file.Path;

/** Where tests find the project and the shared development data. */
public final class TestPaths {
  private TestPaths() {}

  public static Path project() {
    return Path.of(System.getProperty("sdkg.project.dir", ".")).toAbsolutePath().normalize();
  }

  /** {@code ../shared}, beside the project checkout (also in CI). */
  public static Path shared() {
    return project().resolve("../shared").normalize();
  }

  public static Path seedArticle() {
    return project().resolve("articles/2021-12-19-china-science-diplomacy.txt");
  }
}

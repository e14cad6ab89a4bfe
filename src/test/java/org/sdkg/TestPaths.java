package org.sdkg;

import java.nio.file.Path;

/** Where tests find the project and the shared development data. */
public final class TestPaths {
  private TestPaths() {}

  public static Path project() {
    return Path.of(System.getProperty("sdkg.project.dir", ".")).toAbsolutePath().normalize();
  }

  /**
   * {@code ../shared}, beside the project checkout (also in CI); a worktree elsewhere sets {@code
   * -Dsdkg.shared.dir}.
   */
  public static Path shared() {
    String dir = System.getProperty("sdkg.shared.dir");
    return dir != null ? Path.of(dir) : project().resolve("../shared").normalize();
  }

  public static Path seedArticle() {
    return project().resolve("articles/2021-12-19-china-science-diplomacy.txt");
  }
}

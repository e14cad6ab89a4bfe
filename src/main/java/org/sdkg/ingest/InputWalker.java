package org.sdkg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the files under the inputs: folders recursively (following links, in sorted order), each
 * file once. Entries that cannot be looked at are listed too, with the reason, so they are reported
 * in the same order as the files around them. Nothing is opened here, so a FIFO never blocks.
 */
final class InputWalker {
  static final String LOOP = "symbolic link loop, not followed; remove or fix the link";
  static final String NOT_REGULAR =
      "cannot be read: not a regular file (FIFO, socket or device); remove it from the input";
  static final String DENIED = "cannot be read (permission denied); check its permissions";
  private static final int MAX_LINK_HOPS = 40;

  /**
   * @param entries files and unreadable entries, in reading order
   * @param problems why an entry cannot be read, for the entries that cannot
   */
  record Listing(List<Path> entries, Map<Path, String> problems) {}

  private final List<Path> entries = new ArrayList<>();
  private final Map<Path, String> problems = new HashMap<>();
  private final Set<Path> listed = new HashSet<>();

  private InputWalker() {}

  static Listing list(List<Path> inputs) {
    InputWalker walker = new InputWalker();
    for (Path input : inputs) {
      walker.add(input);
    }
    return new Listing(List.copyOf(walker.entries), Map.copyOf(walker.problems));
  }

  private void add(Path input) {
    if (Files.isDirectory(input)) {
      List<Path> found = new ArrayList<>();
      walk(input, found);
      found.sort(null);
      found.forEach(this::addEntry);
    } else if (Files.isRegularFile(input)) {
      addEntry(input);
    } else if (Files.isSymbolicLink(input)) {
      addProblem(input, brokenLink(input));
    } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      addProblem(input, NOT_REGULAR);
    } else {
      addProblem(input, "does not exist; check the path");
    }
  }

  private void walk(Path dir, List<Path> found) {
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              found.add(file);
              if (attrs.isSymbolicLink()) {
                // The walker hands over the link itself only when following it failed.
                problems.putIfAbsent(file, brokenLink(file));
              } else if (!attrs.isRegularFile()) {
                problems.putIfAbsent(file, NOT_REGULAR);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(file);
              problems.putIfAbsent(file, describe(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      addProblem(dir, describe(e));
    }
  }

  private void addEntry(Path path) {
    if (listed.add(path.toAbsolutePath().normalize())) {
      entries.add(path);
    }
  }

  private void addProblem(Path path, String problem) {
    problems.putIfAbsent(path, problem);
    addEntry(path);
  }

  static String describe(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return LOOP;
    }
    if (e instanceof AccessDeniedException) {
      return DENIED;
    }
    String reason =
        e instanceof FileSystemException fse && fse.getReason() != null
            ? fse.getReason()
            : e.getMessage();
    return "cannot be read (" + reason + "); check the file and run again";
  }

  /** Why following this link fails: a loop, or the target it finally points at is missing. */
  private static String brokenLink(Path link) {
    Set<Path> visited = new HashSet<>();
    Path current = link;
    try {
      for (int hop = 0; Files.isSymbolicLink(current); hop++) {
        if (hop == MAX_LINK_HOPS || !visited.add(current.toAbsolutePath().normalize())) {
          return LOOP;
        }
        current = current.resolveSibling(Files.readSymbolicLink(current));
      }
    } catch (IOException e) {
      return describe(e);
    }
    return "cannot be read: broken symbolic link to " + current + "; fix or remove the link";
  }
}

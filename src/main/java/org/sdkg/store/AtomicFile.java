package org.sdkg.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a
 * half-written dump: the bytes go to a temporary file {@code .NAME.<digits>.tmp} in the same
 * folder, are forced to disk, and the file is then renamed over the target.
 *
 * <p>A writer that is killed leaves its temporary file behind. The writer holds an OS lock on its
 * temporary file until the rename, and the OS drops the lock when the process dies; so the next
 * write of the same target deletes every such file that nobody holds, and leaves alone the one of
 * another process that is writing right now.
 */
public final class AtomicFile {
  /** Bytes of content after which the {@code write-file:NAME} crash point stops a writer. */
  static final int CRASH_AFTER_BYTES = 64 * 1024;

  /**
   * Temporary files this process is writing. POSIX drops all of a process's locks on a file when
   * the process closes any channel on it, so the clean-up must not even open these.
   */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  private AtomicFile() {}

  /** Something that writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    Files.createDirectories(folder);
    deleteAbandoned(folder, name);
    while (!tryWrite(folder, absolute, content)) {
      // Another writer's clean-up took our new temporary file before we locked it: start over.
    }
  }

  /**
   * Deletes the temporary files that killed writers of {@code folder/name} left behind; returns how
   * many.
   */
  static int deleteAbandoned(Path folder, String name) throws IOException {
    Pattern temp = Pattern.compile(Pattern.quote("." + name + ".") + "-?\\d+\\.tmp");
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        if (temp.matcher(p.getFileName().toString()).matches()) {
          candidates.add(p);
        }
      }
    }
    int deleted = 0;
    for (Path p : candidates) {
      if (WRITING.contains(p)) {
        continue;
      }
      try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        if (lock != null) {
          // Deleted while locked, so a writer that created it but has not locked it yet sees it
          // gone once it gets the lock.
          Files.deleteIfExists(p);
          deleted++;
        }
      } catch (NoSuchFileException | OverlappingFileLockException e) {
        // Gone already, or being written by this very process.
      }
    }
    return deleted;
  }

  private static boolean tryWrite(Path folder, Path target, Content content) throws IOException {
    String name = target.getFileName().toString();
    Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
    WRITING.add(temp);
    try {
      return writeThrough(temp, target, content);
    } finally {
      WRITING.remove(temp);
    }
  }

  private static boolean writeThrough(Path temp, Path target, Content content) throws IOException {
    String name = target.getFileName().toString();
    FileChannel opened;
    try {
      opened = FileChannel.open(temp, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      return false;
    }
    try (FileChannel channel = opened;
        FileLock lock = channel.lock()) {
      if (!Files.exists(temp)) {
        return false;
      }
      OutputStream out =
          new BufferedOutputStream(crashAware(Channels.newOutputStream(channel), name));
      content.writeTo(out);
      out.flush();
      channel.force(true);
      keepPermissions(temp, target);
      CrashPoints.reach("rename-file:" + name);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Adds the {@code write-file:NAME} crash point when crash points are on; else {@code out}. */
  private static OutputStream crashAware(OutputStream out, String name) {
    if (!CrashPoints.enabled()) {
      return out;
    }
    return new FilterOutputStream(out) {
      private long written;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        long before = written;
        written += len;
        if (before < CRASH_AFTER_BYTES && written >= CRASH_AFTER_BYTES) {
          CrashPoints.reach("write-file:" + name);
        }
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }
    };
  }

  /**
   * A temporary file is created readable by its owner only; the file it replaces keeps its
   * permissions, and a new file gets the usual rw-r--r--.
   */
  private static void keepPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }
}

package org.sdkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording for the threads of one benchmark mode: the methods
 * where samples land (self time) and the share of samples under each sdkg or OpenNLP method
 * (inclusive time). Record with {@code -XX:FlightRecorderOptions:stackdepth=512} or deep OpenNLP
 * stacks are cut and inclusive shares come out too low.
 */
public final class JfrHotSpots {
  private JfrHotSpots() {}

  /** Self and inclusive sample counts of one thread name's samples. */
  public record Profile(int samples, Map<String, Integer> self, Map<String, Integer> inclusive) {
    /** The share of samples with {@code method} on the stack, from 0 to 1. */
    public double inclusiveShare(String method) {
      return samples == 0 ? 0 : inclusive.getOrDefault(method, 0) / (double) samples;
    }
  }

  public static Profile read(Path recording, String threadName) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")
          || e.getThread("sampledThread") == null
          || !threadName.equals(e.getThread("sampledThread").getJavaName())
          || e.getStackTrace() == null
          || e.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String m = name(f.getMethod());
        if (seen.add(m)) {
          inclusive.merge(m, 1, Integer::sum);
        }
      }
    }
    return new Profile(samples, self, inclusive);
  }

  private static String name(RecordedMethod m) {
    return m.getType().getName() + "." + m.getName();
  }

  /** Markdown: the top self methods, then inclusive shares of sdkg and OpenNLP entry points. */
  static void print(Profile p, int top) {
    System.out.printf(Locale.ROOT, "%d CPU samples.%n%n", p.samples());
    System.out.println("| self % | method (where samples land) |");
    System.out.println("|---:|---|");
    p.self().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            en ->
                System.out.printf(
                    Locale.ROOT, "| %.1f | `%s` |%n", pct(p, en.getValue()), en.getKey()));
    System.out.println();
    System.out.println("| inclusive % | sdkg / OpenNLP method (samples with it on the stack) |");
    System.out.println("|---:|---|");
    p.inclusive().entrySet().stream()
        .filter(
            en ->
                en.getKey().startsWith("org.sdkg.") && !en.getKey().startsWith("org.sdkg.bench.")
                    || en.getKey()
                        .matches(
                            "opennlp\\.tools\\.(postag\\.POSTaggerME\\.tag|tokenize\\.TokenizerME\\.tokenizePos|sentdetect\\.SentenceDetectorME\\.sentPosDetect)"))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            en ->
                System.out.printf(
                    Locale.ROOT, "| %.1f | `%s` |%n", pct(p, en.getValue()), en.getKey()));
  }

  private static double pct(Profile p, int count) {
    return 100.0 * count / p.samples();
  }

  /** {@code JfrHotSpots RECORDING.jfr THREAD-NAME [TOP]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: JfrHotSpots RECORDING.jfr THREAD-NAME [TOP]");
      System.exit(2);
    }
    print(read(Path.of(args[0]), args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 20);
  }
}

package org.sdkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sdkg.nlp.Token;
import org.sdkg.nlp.TokenRefiner;

/**
 * The extractor's cue words, read from {@code lexicon.txt}: sections of phrases, each phrase a
 * sequence of lower-case words where a trailing {@code *} matches any word with that prefix.
 * Tab-separated entries carry a value (agency → country code). Immutable and shared.
 */
public final class Lexicon {
  private final Map<String, List<Entry>> sections;
  private final Map<String, SectionIndex> indexes = new HashMap<>();

  /** One phrase of a section, with its optional value. */
  public record Entry(List<String> words, String value) {}

  private Lexicon(Map<String, List<Entry>> sections) {
    this.sections = sections;
    sections.forEach((name, entries) -> indexes.put(name, new SectionIndex(entries)));
  }

  public static Lexicon load() {
    return Holder.INSTANCE;
  }

  /** Entries of a section, in file order. */
  public List<Entry> section(String name) {
    List<Entry> entries = sections.get(name);
    if (entries == null) {
      throw new IllegalArgumentException("lexicon has no section [" + name + "]");
    }
    return entries;
  }

  /** Length of the longest phrase of {@code section} starting at token {@code i}, or 0. */
  public int matchAt(String section, List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return 0;
    }
    int best = 0;
    for (Entry e : index(section).candidates(tokens.get(i).lowerCaseText())) {
      int n = e.words().size();
      if (n > best && i + n <= tokens.size() && matches(e.words(), tokens, i)) {
        best = n;
      }
    }
    return best;
  }

  /** Whether any phrase of {@code section} occurs in tokens {@code [from, to)}. */
  public boolean occursIn(String section, List<Token> tokens, int from, int to) {
    return firstIn(section, tokens, from, to) >= 0;
  }

  /**
   * Index of the first token in {@code [from, to)} where a phrase of {@code section} starts, or -1.
   */
  public int firstIn(String section, List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      int n = matchAt(section, tokens, i);
      if (n > 0 && i + n <= to) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a name is an agreement's: its last word is an agreement word ("the Paris Agreement"),
   * or one is followed by "on", "of", "for" or "between" ("the Convention on Biological Diversity",
   * "Agreement on Cooperation in Science and Technology").
   */
  public boolean namesAgreement(String name) {
    String[] words = name.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      boolean last = i == words.length - 1;
      boolean followed =
          !last
              && Set.of("on", "of", "for", "between")
                  .contains(words[i + 1].toLowerCase(Locale.ROOT));
      if ((last || followed) && isWord("agreement", words[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a single word is a one-word phrase of {@code section}. */
  public boolean isWord(String section, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Entry e : index(section).candidates(w)) {
      if (e.words().size() == 1 && wordMatches(e.words().get(0), w)) {
        return true;
      }
    }
    return false;
  }

  private SectionIndex index(String section) {
    SectionIndex index = indexes.get(section);
    if (index == null) {
      throw new IllegalArgumentException("lexicon has no section [" + section + "]");
    }
    return index;
  }

  /**
   * A section's entries by first word, so a lookup reads only the phrases that can start at a
   * token; entries whose first word is a prefix pattern are kept by the pattern's first letter.
   */
  private static final class SectionIndex {
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<Character, List<Entry>> byPrefixStart = new HashMap<>();
    private final List<Entry> anyWord = new ArrayList<>();

    SectionIndex(List<Entry> entries) {
      for (Entry e : entries) {
        String first = e.words().get(0);
        if (first.equals("*")) {
          anyWord.add(e);
        } else if (first.endsWith("*")) {
          byPrefixStart.computeIfAbsent(first.charAt(0), k -> new ArrayList<>()).add(e);
        } else {
          byFirstWord
              .computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
              .add(e);
        }
      }
    }

    /** The entries that may start with the word: same first word, or a prefix of it. */
    List<Entry> candidates(String lowerCaseWord) {
      List<Entry> exact = byFirstWord.getOrDefault(lowerCaseWord, List.of());
      List<Entry> prefixed =
          lowerCaseWord.isEmpty()
              ? List.of()
              : byPrefixStart.getOrDefault(lowerCaseWord.charAt(0), List.of());
      List<Entry> all = null;
      for (Entry e : prefixed) {
        if (wordMatches(e.words().get(0), lowerCaseWord)) {
          if (all == null) {
            all = new ArrayList<>(exact);
          }
          all.add(e);
        }
      }
      if (anyWord.isEmpty()) {
        return all == null ? exact : all;
      }
      if (all == null) {
        all = new ArrayList<>(exact);
      }
      all.addAll(anyWord);
      return all;
    }
  }

  private static boolean matches(List<String> words, List<Token> tokens, int i) {
    for (int k = 0; k < words.size(); k++) {
      if (!wordMatches(words.get(k), tokens.get(i + k).lowerCaseText())) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordMatches(String pattern, String word) {
    if (pattern.endsWith("*")) {
      return word.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(word);
  }

  private static Lexicon read() {
    Map<String, List<Entry>> sections = new LinkedHashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.txt is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Entry> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
          current = new ArrayList<>();
          sections.put(trimmed.substring(1, trimmed.length() - 1), current);
          continue;
        }
        if (current == null) {
          throw new IllegalStateException("lexicon.txt: entry before any [section]: " + line);
        }
        String[] parts = line.split("\t", 2);
        boolean keepCase = parts.length > 1;
        List<String> words =
            TokenRefiner.pieces(parts[0]).stream()
                .map(w -> keepCase ? w : w.toLowerCase(Locale.ROOT))
                .toList();
        current.add(new Entry(words, parts.length > 1 ? parts[1].strip() : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(Map.copyOf(sections));
  }

  private static final class Holder {
    static final Lexicon INSTANCE = read();
  }
}

package org.sdkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.TextSpan;

/**
 * Splits an article into sentences and tokens with POS tags using OpenNLP. Not thread-safe: one per
 * thread.
 *
 * <p>Paragraphs are hard sentence boundaries, and so are line breaks that start a list item, since
 * the sentence model was trained on running text.
 *
 * <p>A "sentence" longer than {@link #MAX_SENTENCE_TOKENS} tokens is cut into pieces of about equal
 * length, none longer than that, preferably after a comma or semicolon. Real sentences are far
 * shorter (the longest in the example and development articles has 70 tokens); longer ones come
 * from text without punctuation (lists, tables flattened to one line, generated junk), and the
 * extraction rules look at word pairs within a sentence, so one unbounded sentence would cost
 * quadratic time.
 */
public final class OpenNlpAnalyzer {
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  /** The most tokens one sentence handed to the tagger and the extraction rules may have. */
  public static final int MAX_SENTENCE_TOKENS = 150;

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private long taggedSentences;

  public OpenNlpAnalyzer(NlpModels models) {
    this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new POSTaggerME(models.posModel());
  }

  /** All sentences of the article's body paragraphs, in order, tagged. */
  public List<Sentence> analyse(Article article) {
    return sentences(article, false);
  }

  /**
   * The same sentences as {@link #analyse}, but each is POS-tagged only when one of its tokens'
   * {@link Token#pos()} is first read, so sentences no rule looks at closely cost no tagging. The
   * tags are then the same as {@link #analyse} gives. The tokens must be read by this analyser's
   * thread.
   */
  public List<Sentence> analyseTaggingOnDemand(Article article) {
    return sentences(article, true);
  }

  private List<Sentence> sentences(Article article, boolean tagOnDemand) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<TextSpan> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (TextSpan block : blocks(text, paragraphs.get(p))) {
        String blockText = block.slice(text);
        for (Span s : sentenceDetector.sentPosDetect(blockText)) {
          Span trimmed = s.trim(blockText);
          if (trimmed.length() == 0) {
            continue;
          }
          int start = block.start() + trimmed.getStart();
          int end = block.start() + trimmed.getEnd();
          addSentences(sentences, p, text, start, end, tagOnDemand);
        }
      }
    }
    return sentences;
  }

  /** The sentence {@code [start, end)} of {@code text}, in pieces when it is over-long. */
  private void addSentences(
      List<Sentence> out, int paragraph, String text, int start, int end, boolean tagOnDemand) {
    String sentenceText = text.substring(start, end);
    Span[] spans = joinInitialisms(tokenizer.tokenizePos(sentenceText), sentenceText);
    if (spans.length <= MAX_SENTENCE_TOKENS) {
      out.add(sentence(out.size(), paragraph, text, start, end, spans, tagOnDemand));
      return;
    }
    for (int from = 0; from < spans.length; ) {
      int left = spans.length - from;
      int pieces = (left + MAX_SENTENCE_TOKENS - 1) / MAX_SENTENCE_TOKENS;
      int to = pieceEnd(sentenceText, spans, from, (left + pieces - 1) / pieces);
      Span[] piece = new Span[to - from];
      int pieceStart = spans[from].getStart();
      for (int i = from; i < to; i++) {
        piece[i - from] =
            new Span(spans[i].getStart() - pieceStart, spans[i].getEnd() - pieceStart);
      }
      out.add(
          sentence(
              out.size(),
              paragraph,
              text,
              start + pieceStart,
              start + spans[to - 1].getEnd(),
              piece,
              tagOnDemand));
      from = to;
    }
  }

  /**
   * Where the piece starting at token {@code from} ends: the rest of the sentence when it fits,
   * else after the comma or semicolon nearest to {@code length} tokens on (but no nearer than half
   * that, nor farther than the limit), else after {@code length} tokens.
   */
  private static int pieceEnd(String sentenceText, Span[] spans, int from, int length) {
    if (spans.length - from <= MAX_SENTENCE_TOKENS) {
      return spans.length;
    }
    int target = from + length;
    int best = -1;
    int last = Math.min(spans.length, from + MAX_SENTENCE_TOKENS);
    for (int i = from + length / 2; i < last; i++) {
      CharSequence word = spans[i].getCoveredText(sentenceText);
      boolean clauseEnd = word.length() == 1 && (word.charAt(0) == ',' || word.charAt(0) == ';');
      if (clauseEnd && (best < 0 || Math.abs(i + 1 - target) < Math.abs(best - target))) {
        best = i + 1;
      }
    }
    return best < 0 ? target : best;
  }

  /**
   * One sentence: {@code spans} are its tokens, relative to its own start (the tagger sees only
   * them).
   */
  private Sentence sentence(
      int index,
      int paragraph,
      String text,
      int start,
      int end,
      Span[] spans,
      boolean tagOnDemand) {
    String sentenceText = text.substring(start, end);
    String[] words = Span.spansToStrings(spans, sentenceText);
    List<Token> tokens = new ArrayList<>(spans.length);
    if (tagOnDemand) {
      int[] starts = new int[spans.length];
      for (int i = 0; i < spans.length; i++) {
        starts[i] = start + spans[i].getStart();
      }
      List<Token> untagged = new ArrayList<>(spans.length);
      for (int i = 0; i < spans.length; i++) {
        untagged.addAll(
            TokenRefiner.refine(new Token(words[i], starts[i], starts[i] + words[i].length(), "")));
      }
      SentenceTags tags = new SentenceTags(this, words, starts, untagged.size());
      for (Token t : untagged) {
        tokens.add(new Token(t.text(), t.start(), t.end(), tags, tokens.size()));
      }
    } else {
      String[] tags = tag(words);
      for (int i = 0; i < spans.length; i++) {
        tokens.addAll(
            TokenRefiner.refine(
                new Token(
                    words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i])));
      }
    }
    return new Sentence(index, paragraph, sentenceText, start, end, tokens);
  }

  /** The tagger's tags of one sentence's words. */
  String[] tag(String[] words) {
    taggedSentences++;
    return tagger.tag(words);
  }

  /** How many sentences this analyser has POS-tagged so far. */
  public long taggedSentences() {
    return taggedSentences;
  }

  /**
   * Gives back the final dot the UD tokenizer splits off some initialisms ("U.K" "." → "U.K.",
   * "U.N." likewise), so they match the gazetteers and are tagged as one name.
   */
  private static Span[] joinInitialisms(Span[] spans, String text) {
    List<Span> joined = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      boolean dotFollows =
          i + 1 < spans.length
              && spans[i + 1].getStart() == s.getEnd()
              && spans[i + 1].length() == 1
              && text.charAt(s.getEnd()) == '.';
      if (dotFollows && INITIALISM.matcher(s.getCoveredText(text)).matches()) {
        joined.add(new Span(s.getStart(), s.getEnd() + 1));
        i++;
      } else {
        joined.add(s);
      }
    }
    return joined.size() == spans.length ? spans : joined.toArray(Span[]::new);
  }

  /** A paragraph cut at line breaks that begin a list item ("• Fisheries;"). */
  private static List<TextSpan> blocks(String text, TextSpan paragraph) {
    List<TextSpan> blocks = new ArrayList<>();
    int blockStart = paragraph.start();
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      if (text.charAt(i) == '\n' && startsListItem(text, i + 1, paragraph.end())) {
        addTrimmed(text, blockStart, i, blocks);
        blockStart = i + 1;
      }
    }
    addTrimmed(text, blockStart, paragraph.end(), blocks);
    return blocks;
  }

  private static boolean startsListItem(String text, int from, int end) {
    int i = from;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i >= end) {
      return false;
    }
    char c = text.charAt(i);
    return c == '•' || c == '-' || c == '*' || c == '·' || c == '–';
  }

  private static void addTrimmed(String text, int start, int end, List<TextSpan> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.add(new TextSpan(start, end));
    }
  }
}

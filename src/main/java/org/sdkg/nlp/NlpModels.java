package org.sdkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English UD models (sentence detector, tokenizer, POS tagger), loaded once from the
 * classpath. Models are immutable and shared by all threads; the {@code *ME} tools built from them
 * are not, so each thread makes its own {@link OpenNlpAnalyzer}.
 */
public final class NlpModels {
  private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;

  private NlpModels() {
    try {
      sentenceModel = new SentenceModel(open(SENTENCE));
      tokenizerModel = new TokenizerModel(open(TOKENS));
      posModel = new POSModel(open(POS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP English models", e);
    }
  }

  /** The shared models, loaded on first use. */
  public static NlpModels get() {
    return Holder.INSTANCE;
  }

  SentenceModel sentenceModel() {
    return sentenceModel;
  }

  TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  POSModel posModel() {
    return posModel;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model " + resource + " is not on the classpath");
    }
    return in;
  }

  private static final class Holder {
    static final NlpModels INSTANCE = new NlpModels();
  }
}

package org.sdkg.extract;

import org.sdkg.nlp.NlpModels;
import org.sdkg.nlp.OpenNlpAnalyzer;

/** Makes extractors; the models and gazetteers behind them are loaded once and shared. */
public final class Extractors {
  private Extractors() {}

  /** A new extractor for the calling thread. */
  public static Extractor newExtractor() {
    return new RuleBasedExtractor(
        new OpenNlpAnalyzer(NlpModels.get()), Gazetteer.get(), Lexicon.load());
  }
}

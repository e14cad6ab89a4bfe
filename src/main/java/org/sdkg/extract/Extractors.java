package org.sdkg.extract;

import org.sdkg.nlp.NlpModels;
import org.sdkg.nlp.OpenNlpAnalyzer;

/** Makes extractors; the models and gazetteers behind them are loaded once and shared. */
public final class Extractors {
  private Extractors() {}

  /**
   * Starts loading the shared models and gazetteers on a background thread, so that a build that
   * turns out to have an article to extract finds them ready: they take 1 to 2 s of a cold JVM
   * (models, topic scheme, country tables), most of a build that changes one article, and can load
   * while the store opens and the files are listed. A build with nothing to extract only spends the
   * time on another core. A failure is left to the first real use, which reports it.
   */
  public static void preload() {
    Thread loader =
        new Thread(
            () -> {
              try {
                NlpModels.get();
                Gazetteer.get();
                Lexicon.load();
              } catch (RuntimeException | Error e) {
                // Reported where an extractor is made.
              }
            },
            "sdkg-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** A new extractor for the calling thread. */
  public static Extractor newExtractor() {
    return new RuleBasedExtractor(
        new OpenNlpAnalyzer(NlpModels.get()), Gazetteer.get(), Lexicon.load());
  }
}

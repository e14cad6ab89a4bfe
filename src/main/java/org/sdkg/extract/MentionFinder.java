package org.sdkg.extract;

import java.util.List;
import org.sdkg.nlp.Sentence;

/**
 * Finds mentions in one sentence. Finders run in a fixed order and see what earlier ones found, so
 * a later finder can build on (or avoid) earlier mentions.
 */
interface MentionFinder {
  void find(Sentence sentence, ArticleContext context, List<Mention> found);
}

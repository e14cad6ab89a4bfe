package org.sdkg.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/** Test data: {@code store/sample.trig}, parsed afresh each time (so blank nodes are new). */
final class StoreFixtures {
  private StoreFixtures() {}

  static DatasetGraph sample() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    try (InputStream in = StoreFixtures.class.getResourceAsStream("/store/sample.trig")) {
      RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dsg;
  }

  /** A new store in {@code dir} holding the sample, added in an order shuffled by {@code seed}. */
  static TdbStore storeWithSample(Path dir, long seed) {
    DatasetGraph sample = sample();
    List<Quad> quads = new ArrayList<>();
    sample.find().forEachRemaining(quads::add);
    Collections.shuffle(quads, new Random(seed));
    TdbStore store = TdbStore.openOrCreate(dir);
    store.write(
        () -> {
          quads.forEach(store.dataset()::add);
          store.dataset().prefixes().putAll(sample.prefixes());
        });
    return store;
  }
}

package org.sdkg.rdf;

import static org.sdkg.rdf.GraphAssert.assertIsomorphic;

import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class ArticleGraphMapperTest {
  private final ArticleGraphMapper mapper = ArticleGraphMapper.create();

  @Test
  void map_everyRecordField_givesTheReviewedGraph() throws Exception {
    Model actual = mapper.map(MapperFixture.extraction());
    Model expected = ModelFactory.createDefaultModel();
    try (InputStream in = getClass().getResourceAsStream("/rdf/mapper-fixture.ttl")) {
      RDFDataMgr.read(expected, in, Lang.TURTLE);
    }
    assertIsomorphic(expected.getGraph(), actual.getGraph());
  }
}

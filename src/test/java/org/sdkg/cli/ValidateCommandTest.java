package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.ontology.SD;

class ValidateCommandTest {
  static final String COOP = "https://w3id.org/sdkg/id/cooperation/a751ffc2ef3fad9b";
  static final String NO_MENTION =
      "  cooperation:a751ffc2ef3fad9b  sd:mention  a cooperation needs at least one sd:mention (an"
          + " sd:Mention)";

  @TempDir Path dir;

  static String example() throws IOException {
    try (InputStream in =
        ValidateCommandTest.class.getResourceAsStream("/ontology/worked-example.ttl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Model exampleModel() throws IOException {
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, new java.io.StringReader(example()), null, Lang.TURTLE);
    return m;
  }

  static Model withoutMention() throws IOException {
    Model m = exampleModel();
    m.removeAll(m.getResource(COOP), SD.mention, null);
    return m;
  }

  @Test
  void validate_givenWorkedExample_printsConformsAndExits0() throws IOException {
    Path good = Files.writeString(dir.resolve("good.ttl"), example());

    CliTest.Run r = CliTest.run("validate", good.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(good + ": conforms\n", r.out());
    assertEquals("sdkg validate: 1 graph checked, all conform\n", r.err());
  }

  @Test
  void validate_givenBrokenAndGoodFile_printsOneLinePerViolationAndExits1() throws IOException {
    Path bad = dir.resolve("bad.ttl");
    try (var out = Files.newOutputStream(bad)) {
      RDFDataMgr.write(out, withoutMention(), Lang.TURTLE);
    }
    Path good = Files.writeString(dir.resolve("good.ttl"), example());

    CliTest.Run r = CliTest.run("validate", bad.toString(), good.toString());

    assertEquals(1, r.exitCode());
    assertEquals(bad + ": 1 violation\n" + NO_MENTION + "\n" + good + ": conforms\n", r.out());
    assertEquals("sdkg validate: 2 graphs checked, 1 violation in 1 graph\n", r.err());
  }

  @Test
  void validate_givenSyntaxError_reportsFileLineColumnAndStillChecksOtherFiles()
      throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.ttl"),
            "@prefix sd: <https://w3id.org/sdkg/ontology#> .\n\nsd:a sd:b sd:c\nsd:d sd:e sd:f .\n");
    Path good = Files.writeString(dir.resolve("good.ttl"), example());

    CliTest.Run r = CliTest.run("validate", broken.toString(), good.toString());

    assertEquals(1, r.exitCode());
    assertEquals(good + ": conforms\n", r.out());
    String[] err = r.err().split("\n");
    assertEquals(2, err.length, r.err());
    assertEquals(broken + ":4:1: Triples not terminated by DOT", err[0]);
    assertEquals("sdkg validate: 1 graph checked, all conform; 1 file could not be read", err[1]);
  }

  @Test
  void validate_givenMissingFileOrUnknownExtension_saysWhyAndExits1() throws IOException {
    Path missing = dir.resolve("nope.ttl");
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

    CliTest.Run r = CliTest.run("validate", missing.toString(), text.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        missing
            + ": no such file\n"
            + text
            + ": unknown RDF syntax; name the file .ttl, .nt, .nq, .trig, .jsonld or .rdf\n"
            + "sdkg validate: 0 graphs checked, all conform; 2 files could not be read\n",
        r.err());
  }

  @Test
  void validate_givenTrig_checksEachNamedGraph() throws IOException {
    Dataset ds = org.apache.jena.query.DatasetFactory.create();
    ds.addNamedModel("urn:g:bad", withoutMention());
    ds.addNamedModel("urn:g:good", exampleModel());
    Path trig = dir.resolve("graphs.trig");
    try (var out = Files.newOutputStream(trig)) {
      RDFDataMgr.write(out, ds, Lang.TRIG);
    }

    CliTest.Run r = CliTest.run("validate", trig.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        trig
            + " <urn:g:bad>: 1 violation\n"
            + NO_MENTION
            + "\n"
            + trig
            + " <urn:g:good>: conforms\n",
        r.out());
  }

  @Test
  void validate_givenStore_checksItsDataGraphsTogether() throws IOException {
    Path storeDir = dir.resolve("store");
    Dataset ds = TDB2Factory.connectDataset(storeDir.toString());
    try {
      Model bad = withoutMention();
      Txn.executeWrite(ds, () -> ds.addNamedModel("https://w3id.org/sdkg/graph/article/bad", bad));

      CliTest.Run r = CliTest.run("validate", "--store", storeDir.toString());

      assertEquals(1, r.exitCode(), r.err());
      assertEquals(
          storeDir + " (union of 1 data graph): 1 violation\n" + NO_MENTION + "\n", r.out());
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  @Test
  void validate_givenStore_acceptsAStatusThatOnlyTheMergedGraphHolds() throws IOException {
    Path storeDir = dir.resolve("store");
    Dataset ds = TDB2Factory.connectDataset(storeDir.toString());
    try {
      Model article = exampleModel();
      Model merged = ModelFactory.createDefaultModel();
      article
          .listStatements(
              article.getResource(COOP), SD.status, (org.apache.jena.rdf.model.RDFNode) null)
          .toList()
          .forEach(
              st -> {
                merged.add(st);
                article.remove(st);
              });
      Txn.executeWrite(
          ds,
          () -> {
            ds.addNamedModel("https://w3id.org/sdkg/graph/article/a", article);
            ds.addNamedModel("https://w3id.org/sdkg/graph/merged", merged);
          });

      CliTest.Run r = CliTest.run("validate", "--store", storeDir.toString());

      assertEquals(0, r.exitCode(), r.out() + r.err());
      assertEquals(storeDir + " (union of 2 data graphs): conforms\n", r.out());
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  @Test
  void validate_givenMissingStore_tellsToBuildFirstAndExits1() {
    Path storeDir = dir.resolve("no-store");

    CliTest.Run r = CliTest.run("validate", "--store", storeDir.toString());

    assertEquals(1, r.exitCode());
    assertEquals("sdkg: no store at " + storeDir + "; run `sdkg build` first\n", r.err());
    assertEquals(false, Files.exists(storeDir), "validate must not create a store");
  }

  @Test
  void validate_givenNothingOrBoth_isUsageErrorWithExit2() throws IOException {
    Path good = Files.writeString(dir.resolve("good.ttl"), example());

    CliTest.Run none = CliTest.run("validate");
    CliTest.Run both = CliTest.run("validate", "--store", dir.toString(), good.toString());

    assertEquals(2, none.exitCode());
    assertEquals(
        true,
        none.err().startsWith("nothing to validate: give RDF files or --store DIR\n"),
        none.err());
    assertEquals(2, both.exitCode());
    assertEquals(
        true, both.err().startsWith("give either FILE... or --store DIR, not both\n"), both.err());
  }
}

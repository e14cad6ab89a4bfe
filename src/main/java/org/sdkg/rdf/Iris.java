package org.sdkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The one place IRIs are made. Every IRI derives from a stable key (country code, normalised name,
 * article content id, cooperation key), so the same input always gives the same graph and an entity
 * named in many articles is one node.
 */
public final class Iris {
  public static final String BASE = "https://w3id.org/sdkg/";
  public static final String ID = BASE + "id/";
  public static final String GRAPH = BASE + "graph/";
  public static final String TOPIC = BASE + "topic/";
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private static final String ARTICLE_GRAPH = GRAPH + "article/";
  private static final String TALLY = "tally/";
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern NOTATION = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  /** The graph holding the cooperations merged across articles, entities and derived links. */
  public static final Resource MERGED_GRAPH = ResourceFactory.createResource(GRAPH + "merged");

  /** The graph holding {@code ontology/*.ttl}. */
  public static final Resource ONTOLOGY_GRAPH = ResourceFactory.createResource(GRAPH + "ontology");

  private Iris() {}

  public static Resource country(String alpha3) {
    require(ALPHA3, alpha3, "country code");
    return id("country/" + alpha3);
  }

  public static Resource organisation(String name) {
    return id("org/" + slug(name));
  }

  /** A multilateral body is an organisation named by its acronym ({@code org/who}). */
  public static Resource multilateralBody(String acronym) {
    return organisation(acronym);
  }

  public static Resource person(String name) {
    return id("person/" + slug(name));
  }

  public static Resource project(String name) {
    return id("project/" + slug(name));
  }

  public static Resource article(String articleId) {
    require(ARTICLE_ID, articleId, "article id");
    return id("article/" + articleId);
  }

  public static Resource articleGraph(String articleId) {
    require(ARTICLE_ID, articleId, "article id");
    return ResourceFactory.createResource(ARTICLE_GRAPH + articleId);
  }

  /**
   * Whether {@code graph} is named like an article graph, by the prefix the merged-graph queries
   * test ({@code merged-*.rq}).
   */
  public static boolean isArticleGraph(Node graph) {
    return graph.isURI() && graph.getURI().startsWith(ARTICLE_GRAPH);
  }

  /** The article id of an article graph's IRI, or empty for other graphs. */
  public static Optional<String> articleIdOfGraph(String graphIri) {
    if (!graphIri.startsWith(ARTICLE_GRAPH)) {
      return Optional.empty();
    }
    String id = graphIri.substring(ARTICLE_GRAPH.length());
    return ARTICLE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  public static Resource cooperation(CooperationKey key) {
    return id("cooperation/" + hash16(key.canonical()));
  }

  /**
   * The merged graph's tally of the cooperations on {@code topic} that all of {@code participants}
   * (none, one country or a pair) take part in ({@code sd:CooperationTally}).
   */
  public static Resource tally(Node topic, List<Node> participants) {
    StringBuilder key = new StringBuilder(topic.getURI());
    participants.forEach(p -> key.append(' ').append(p.getURI()));
    return id(TALLY + hash16(key.toString()));
  }

  /** Whether {@code node} is named like a tally ({@link #tally}). */
  public static boolean isTally(Node node) {
    return node.isURI() && node.getURI().startsWith(ID + TALLY);
  }

  /**
   * A mention: one relation read from one sentence.
   *
   * @param n position among the relations read from the same sentence, from 0
   */
  public static Resource mention(String articleId, int start, int end, int n) {
    require(ARTICLE_ID, articleId, "article id");
    return id("mention/" + articleId + "-" + start + "-" + end + "-" + n);
  }

  /**
   * A statement.
   *
   * @param n position among the statements of the same sentence, from 0
   */
  public static Resource statement(String articleId, int start, int n) {
    require(ARTICLE_ID, articleId, "article id");
    return id("statement/" + articleId + "-" + start + "-" + n);
  }

  /** A concept of the topic scheme, by its {@code skos:notation}. */
  public static Resource topic(String notation) {
    require(NOTATION, notation, "topic notation");
    return ResourceFactory.createResource(TOPIC + notation);
  }

  public static Resource wikidata(String qid) {
    require(QID, qid, "Wikidata id");
    return ResourceFactory.createResource(WIKIDATA + qid);
  }

  /** Prefixes for the data IRIs, so dumps read {@code country:CHN} rather than the full IRI. */
  public static Map<String, String> dataPrefixes() {
    Map<String, String> prefixes = new LinkedHashMap<>();
    for (String kind :
        new String[] {
          "article", "cooperation", "country", "mention", "org", "person", "project", "statement"
        }) {
      prefixes.put(kind, ID + kind + "/");
    }
    prefixes.put("topic", TOPIC);
    prefixes.put("wd", WIKIDATA);
    return prefixes;
  }

  /**
   * Lower-case ASCII letters and digits, with every other run of characters turned into one {@code
   * -}: "U.S.-China Clean Energy Research Center" gives {@code
   * u-s-china-clean-energy-research-center}. Accents are dropped; a name with no Latin letters or
   * digits at all gets a hash so it still has a stable, distinct slug.
   */
  public static String slug(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "h" + hash16(name.strip()) : slug;
  }

  private static Resource id(String path) {
    return ResourceFactory.createResource(ID + path);
  }

  private static void require(Pattern pattern, String value, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid " + what + ": \"" + value + "\"");
    }
  }

  private static String hash16(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}

package org.sdkg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the title, publication date and URL a news page declares about itself, from the tags that
 * publishers and CMSs write (Open Graph, Dublin Core, schema.org microdata and JSON-LD).
 */
final class HtmlMetadata {
  /** Tried in order: explicit publication tags first, generic {@code date} ones after. */
  private static final List<String> DATE_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[property=og:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[name=publish-date]",
          "meta[name=DC.date.issued]",
          "meta[name=dcterms.issued]",
          "meta[name=dc.date]",
          "meta[name=date]");

  /** A value found in the page and the 1-based line of the tag it came from. */
  record Found(String value, int line) {}

  private HtmlMetadata() {}

  static Optional<String> title(Document doc) {
    return firstNonBlank(
        doc.title(),
        metaContent(doc, "meta[property=og:title]"),
        Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).orElse(""));
  }

  /** The publication date as written, from meta tags, then JSON-LD, then {@code <time>}. */
  static Optional<Found> date(Document doc, Element content) {
    for (String query : DATE_META) {
      Element meta = doc.selectFirst(query);
      if (meta != null && !meta.attr("content").isBlank()) {
        return Optional.of(new Found(meta.attr("content").strip(), line(meta)));
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Optional<String> value = jsonLdDatePublished(script.data());
      if (value.isPresent()) {
        return Optional.of(new Found(value.get(), line(script)));
      }
    }
    Element time =
        Optional.ofNullable(content.selectFirst("time[pubdate][datetime]"))
            .or(() -> Optional.ofNullable(content.selectFirst("time[datetime]")))
            .orElse(null);
    return time == null
        ? Optional.empty()
        : Optional.of(new Found(time.attr("datetime").strip(), line(time)));
  }

  /** The page's own address, when it gives an absolute http(s) one. */
  static Optional<String> url(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String href = canonical == null ? "" : canonical.attr("href").strip();
    return firstNonBlank(
        absoluteHttp(href), absoluteHttp(metaContent(doc, "meta[property=og:url]")));
  }

  static Optional<String> siteName(Document doc) {
    return firstNonBlank(metaContent(doc, "meta[property=og:site_name]"));
  }

  static int line(Element element) {
    return element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
  }

  /** {@code datePublished} of the top object, of an array item or of an {@code @graph} item. */
  private static Optional<String> jsonLdDatePublished(String json) {
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonException e) {
      return Optional.empty(); // structured data is only a fallback; a broken block is ignored
    }
    if (value instanceof JsonArray array) {
      return array.stream().map(HtmlMetadata::datePublished).flatMap(Optional::stream).findFirst();
    }
    if (value instanceof JsonObject object && object.get("@graph") instanceof JsonArray graph) {
      return datePublished(object)
          .or(
              () ->
                  graph.stream()
                      .map(HtmlMetadata::datePublished)
                      .flatMap(Optional::stream)
                      .findFirst());
    }
    return datePublished(value);
  }

  private static Optional<String> datePublished(JsonValue value) {
    return value instanceof JsonObject object
            && object.get("datePublished") instanceof JsonString date
            && !date.getString().isBlank()
        ? Optional.of(date.getString().strip())
        : Optional.empty();
  }

  private static String metaContent(Document doc, String query) {
    Element meta = doc.selectFirst(query);
    return meta == null ? "" : meta.attr("content").strip();
  }

  private static String absoluteHttp(String candidate) {
    return ArticleTexts.isAbsoluteHttp(candidate) ? candidate : "";
  }

  private static Optional<String> firstNonBlank(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }
}

package org.sdkg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON Lines: one article per line, {@code {"date": "2021-12-19", "title": "...", "text": "...",
 * "url": "...", "source": "..."}} ({@code url} and {@code source} optional). A bad line is rejected
 * with its number and the other lines are still read. Blank lines are ignored.
 *
 * <p>Each article's {@link Article#text()} is its {@code text} field as given; its file name is
 * {@code name.jsonl#LINE}. Paragraphs are separated by blank lines, or by single line breaks when
 * the text has no blank line.
 *
 * <p>Parsed with Jakarta JSON (on the classpath through Jena's JSON-LD support) because it is
 * strict: Jena's own atlas JSON parser reads {@code not json} as a string and silently ignores text
 * after the object, so two objects pasted on one line would lose the second.
 */
public final class JsonLinesFormat implements ArticleFormat {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");
  private static final String EXAMPLE =
      "{\"date\": \"YYYY-MM-DD\", \"title\": \"...\", \"text\": \"...\"}";

  @Override
  public List<String> extensions() {
    return List.of(".jsonl");
  }

  @Override
  public ParsedFile parse(Path file, String content, IngestOptions options)
      throws BadArticleException {
    ArticleTexts.checkLineEnds(content);
    List<Article> articles = new ArrayList<>();
    List<BadArticleException> rejected = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        articles.add(article(file, i + 1, object(lines[i], i + 1), options));
      } catch (BadArticleException e) {
        rejected.add(e);
      }
    }
    return new ParsedFile(articles, rejected);
  }

  private static JsonObject object(String line, int lineNo) throws BadArticleException {
    try (JsonParser parser = Json.createParser(new StringReader(line))) {
      if (parser.next() != JsonParser.Event.START_OBJECT) {
        throw new BadArticleException(lineNo, "is not a JSON object; write " + EXAMPLE);
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) { // the parser usually throws here already, naming the column
        throw new BadArticleException(
            lineNo, "has text after the JSON object; put each article on its own line");
      }
      return object;
    } catch (JsonParsingException e) {
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
      throw new BadArticleException(
          lineNo,
          "is not valid JSON (column " + column + "); write one JSON object per line: " + EXAMPLE);
    } catch (JsonException e) {
      throw new BadArticleException(
          lineNo, "is not valid JSON; write one JSON object per line: " + EXAMPLE);
    }
  }

  private static Article article(Path file, int lineNo, JsonObject json, IngestOptions options)
      throws BadArticleException {
    String dateValue = required(json, "date", lineNo, "\"date\": \"YYYY-MM-DD\"");
    String title = required(json, "title", lineNo, "\"title\": \"...\"");
    String text = required(json, "text", lineNo, "\"text\": \"...\" with the article text");
    LocalDate date = ArticleTexts.checkedDateTime(dateValue, lineNo, options.today());
    String url = optional(json, "url", lineNo);
    List<TextSpan> paragraphs =
        BLANK_LINE.matcher(text).find()
            ? ArticleTexts.paragraphs(text, 0)
            : ArticleTexts.lines(text);
    return new Article(
        ArticleTexts.contentId(date + "\n" + title + "\n\n" + text),
        file,
        file.getFileName() + "#" + lineNo,
        date,
        title.strip(),
        url == null ? null : ArticleTexts.checkedUrl(url, lineNo),
        optional(json, "source", lineNo),
        text,
        paragraphs);
  }

  private static String required(JsonObject json, String key, int lineNo, String example)
      throws BadArticleException {
    String value = optional(json, key, lineNo);
    if (value == null) {
      throw new BadArticleException(lineNo, "has no \"" + key + "\"; add " + example);
    }
    return value;
  }

  /** The string value of {@code key}, or {@code null} when it is absent, null or blank. */
  private static String optional(JsonObject json, String key, int lineNo)
      throws BadArticleException {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new BadArticleException(
          lineNo, "\"" + key + "\" must be a string; put its value in double quotes");
    }
    return string.getString().isBlank() ? null : string.getString();
  }
}

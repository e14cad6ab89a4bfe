package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryHeaderTest {

  @Test
  void parse_givenFullHeader_readsTitleJoinedDescriptionAndTypedParameters() {
    String text =
        """
        # title: Partners of a country
        # description: Every partner,
        #   one row per topic.
        # param: country country CHN the country whose partners are listed
        # param: topic topic - only this topic
        # param: granularity year|month year count per year or month
        # param: since date -
        #
        SELECT * WHERE { ?s ?p ?o }
        """;

    QueryHeader h = QueryHeader.parse(text, "queries/partners.rq");

    assertEquals("Partners of a country", h.title());
    assertEquals("Every partner, one row per topic.", h.description());
    assertEquals(
        List.of(
            new QueryParameter(
                "country",
                ParameterType.COUNTRY,
                List.of(),
                "CHN",
                "the country whose partners are listed"),
            new QueryParameter("topic", ParameterType.TOPIC, List.of(), null, "only this topic"),
            new QueryParameter(
                "granularity",
                ParameterType.CHOICE,
                List.of("year", "month"),
                "year",
                "count per year or month"),
            new QueryParameter("since", ParameterType.DATE, List.of(), null, "")),
        h.parameters());
    assertEquals("country=CHN", h.parameters().get(0).usage());
    assertEquals("topic", h.parameters().get(1).usage());
    assertEquals("year|month", h.parameters().get(2).typeWord());
  }

  @Test
  void parse_givenOnlyPlainComments_hasNoHeader() {
    QueryHeader h = QueryHeader.parse("# my own query\nSELECT * {}", "my.rq");
    assertEquals(QueryHeader.none(), h);
  }

  @Test
  void parse_givenUnknownKey_namesFileLineAndKnownKeys() {
    QueryException e =
        assertThrows(
            QueryException.class,
            () -> QueryHeader.parse("# title: T\n# titel: U\nASK {}", "queries/x.rq"));
    assertEquals(
        "queries/x.rq:2: header unknown header key \"titel\"; the header knows title, description"
            + " and param",
        e.getMessage());
  }

  @Test
  void parse_givenParamWithoutDefault_explainsTheLineFormat() {
    QueryException e =
        assertThrows(
            QueryException.class,
            () -> QueryHeader.parse("# title: T\n# param: country country\nASK {}", "q.rq"));
    assertEquals(
        "q.rq:2: header param line must be \"# param: NAME TYPE DEFAULT DESCRIPTION\" (DEFAULT -"
            + " for none); found \"# param: country country\"",
        e.getMessage());
  }

  @Test
  void parse_givenUnknownType_listsTheTypes() {
    QueryException e =
        assertThrows(
            QueryException.class,
            () -> QueryHeader.parse("# title: T\n# param: n number 1 how many\nASK {}", "q.rq"));
    assertEquals(
        "q.rq:2: header parameter n has unknown type \"number\"; use country, topic, text,"
            + " integer, date or words like year|month",
        e.getMessage());
  }

  @Test
  void parse_givenHeaderWithoutTitle_asksForOne() {
    QueryException e =
        assertThrows(
            QueryException.class, () -> QueryHeader.parse("# description: D\nASK {}", "q.rq"));
    assertEquals("q.rq:1: header has no title; add \"# title: what it answers\"", e.getMessage());
  }

  @Test
  void parse_givenParameterTwice_rejectsTheSecond() {
    QueryException e =
        assertThrows(
            QueryException.class,
            () ->
                QueryHeader.parse(
                    "# title: T\n# param: a text - x\n# param: a text - y\nASK {}", "q.rq"));
    assertEquals("q.rq:3: header declares parameter a twice", e.getMessage());
  }

  @Test
  void parse_givenStrayCommentInsideHeader_rejectsIt() {
    QueryException e =
        assertThrows(
            QueryException.class,
            () -> QueryHeader.parse("# title: T\n# free text here\nASK {}", "q.rq"));
    assertEquals(
        "q.rq:2: header is neither \"# key: value\" nor a continuation indented by two spaces;"
            + " found \"# free text here\"",
        e.getMessage());
  }
}

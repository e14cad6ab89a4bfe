package org.sdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdkg.ingest.Article;
import org.sdkg.nlp.OpenNlpAnalyzer;
import org.sdkg.nlp.Sentence;

/**
 * The extractor: OpenNLP sentences and tokens, gazetteer and rule-based mentions, clause-level
 * relation rules, and article-level project memberships. Not thread-safe (it owns OpenNLP tools):
 * one per thread.
 */
public final class RuleBasedExtractor implements Extractor {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RuleBasedExtractor.class);
  private final OpenNlpAnalyzer analyzer;
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final List<MentionFinder> finders;
  private final RelationRules rules;
  private final Speakers speakers;
  private final TopicChooser topics;
  private final boolean tagOnDemand;

  RuleBasedExtractor(OpenNlpAnalyzer analyzer, Gazetteer gazetteer, Lexicon lexicon) {
    this(analyzer, gazetteer, lexicon, true);
  }

  /**
   * @param tagOnDemand whether a sentence is POS-tagged only when a rule reads a tag (the rules
   *     check cheap text conditions first, so most sentences without a possible relation or name
   *     are never tagged); {@code false} tags every sentence, which gives the same extraction
   *     slower, as the reference the tests compare with
   */
  RuleBasedExtractor(
      OpenNlpAnalyzer analyzer, Gazetteer gazetteer, Lexicon lexicon, boolean tagOnDemand) {
    this.tagOnDemand = tagOnDemand;
    this.analyzer = analyzer;
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.finders =
        List.of(
            new GazetteerMentionFinder(gazetteer, lexicon),
            new DateMentionFinder(),
            new NameMentionFinder(lexicon, gazetteer));
    this.rules = new RelationRules(lexicon, gazetteer);
    this.speakers = new Speakers(lexicon);
    this.topics = new TopicChooser(gazetteer);
  }

  @Override
  public Extraction extract(Article article) {
    ArticleContext context = new ArticleContext(article);
    ProjectMemberships memberships = new ProjectMemberships(lexicon, gazetteer);
    List<Relation> relations = new ArrayList<>();
    List<Sentence> sentences =
        tagOnDemand ? analyzer.analyseTaggingOnDemand(article) : analyzer.analyse(article);
    for (Sentence sentence : sentences) {
      List<Mention> mentions = new ArrayList<>();
      for (MentionFinder finder : finders) {
        finder.find(sentence, context, mentions);
      }
      addBodies(mentions, context);
      mentions.stream()
          .filter(m -> m.type() == MentionType.TOPIC)
          .forEach(m -> context.countMentionedTopic(m.key()));
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} s{}: {}", article.fileName(), sentence.index(), mentions);
      }
      String speaker = speakers.find(sentence, mentions, context);
      List<Relation> stated = rules.relations(sentence, mentions, context, speaker);
      int members =
          memberships.read(
              sentence,
              mentions,
              context,
              speaker,
              topics.choose(mentions, 0, sentence.tokens().size()));
      if (members >= 2) {
        // A list of members of one project is one multilateral project, not pairwise cooperation.
        stated = stated.stream().filter(r -> r.kind() != RelationKind.COOPERATION).toList();
      } else {
        stated = MultilateralProjects.asMembers(stated, mentions, context, lexicon);
      }
      relations.addAll(stated);
    }
    relations.addAll(memberships.relations(context));
    return new Extraction(
        article,
        context.people(),
        context.organisations(),
        context.projects().stream().map(ArticleContext.ProjectFacts::toRecord).toList(),
        unique(withoutUnnamedSigners(relations)),
        context.statements());
  }

  private void addBodies(List<Mention> mentions, ArticleContext context) {
    for (Mention m : mentions) {
      if (m.type() == MentionType.BODY) {
        context.addOrganisation(new Organisation(gazetteer.bodyName(m.key()), m.key(), null));
      }
    }
  }

  /**
   * Drops "X signed the Accords" ({@code X *}) where the article also names who X signed them with
   * ({@code X Y} on the same agreement): the named pair says it all.
   */
  private static List<Relation> withoutUnnamedSigners(List<Relation> relations) {
    return relations.stream()
        .filter(
            r ->
                r.kind() != RelationKind.AGREEMENT
                    || !r.b().equals(Relation.UNNAMED)
                    || relations.stream().noneMatch(o -> signedWithSomeone(o, r)))
        .toList();
  }

  private static boolean signedWithSomeone(Relation named, Relation unnamed) {
    return named.kind() == RelationKind.AGREEMENT
        && !named.b().equals(Relation.UNNAMED)
        && (named.a().equals(unnamed.a()) || named.b().equals(unnamed.a()))
        && sameAgreement(named.project(), unnamed.project());
  }

  /**
   * "the Science and Technology Agreement" and "the China-U.S. Science and Technology Agreement".
   */
  private static boolean sameAgreement(String one, String other) {
    return one != null && other != null && (one.endsWith(other) || other.endsWith(one));
  }

  /**
   * One relation per (kind, pair, topic, status, project, sentence): a sentence that states the
   * same relation twice gives it once, and each sentence that states it is kept as its own evidence
   * (the graph counts mentions). Of two from one sentence, the one giving a partner count is kept.
   */
  private static List<Relation> unique(List<Relation> relations) {
    Map<List<Object>, Relation> byKey = new LinkedHashMap<>();
    for (Relation r : relations) {
      List<Object> key = new ArrayList<>(List.of(r.kind(), r.a(), r.b(), r.topic(), r.status()));
      key.add(r.project() == null ? "" : r.project());
      key.add(r.evidence().start());
      Relation kept = byKey.get(key);
      if (kept == null || kept.partnerCount() == null && r.partnerCount() != null) {
        byKey.put(key, r);
      }
    }
    return List.copyOf(byKey.values());
  }
}

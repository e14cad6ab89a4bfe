package org.sdkg.rdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.extract.Evidence;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Relation;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.Statement;
import org.sdkg.ingest.Article;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.MultilateralBodies;
import org.sdkg.ontology.SD;
import org.sdkg.ontology.TopicScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps one article's {@link Extraction} to the content of its named graph: the article, the
 * entities it names, its statements, and each cooperation it reports with one mention per relation.
 *
 * <p>A cooperation node carries only what identifies it (kind, participants, topic, project), which
 * is the same in every article, because the node is shared with other article graphs and the merged
 * graph. What one report says about it (status, date, speaker) sits on the mention, so two articles
 * that disagree never give the node two statuses; the merged graph settles those values.
 * Thread-safe.
 */
public final class ArticleGraphMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleGraphMapper.class);

  private final Entities entities;
  private final TopicScheme topics;

  public ArticleGraphMapper(Countries countries, MultilateralBodies bodies, TopicScheme topics) {
    this.entities = new Entities(countries, bodies);
    this.topics = topics;
  }

  /** A mapper over the packaged reference data. */
  public static ArticleGraphMapper create() {
    return new ArticleGraphMapper(Countries.load(), MultilateralBodies.load(), TopicScheme.load());
  }

  public Model map(Extraction extraction) {
    Model m = ModelFactory.createDefaultModel();
    Article a = extraction.article();
    Resource article = article(m, a);
    extraction.people().forEach(p -> entities.person(m, p));
    extraction.organisations().forEach(o -> entities.organisation(m, o));
    extraction.projects().forEach(p -> entities.project(m, p));
    Map<Integer, Integer> statementsAt = new HashMap<>();
    for (Statement s : extraction.statements()) {
      int n = statementsAt.merge(s.start(), 1, Integer::sum) - 1;
      m.createResource(Iris.statement(a.id(), s.start(), n).getURI())
          .addProperty(RDF.type, SD.Statement)
          .addProperty(SD.Prov.wasAttributedTo, entities.personNamed(m, s.speaker()))
          .addProperty(SD.Prov.wasDerivedFrom, article)
          .addProperty(SD.text, s.text())
          .addLiteral(SD.start, Literals.integer(s.start()))
          .addLiteral(SD.end, Literals.integer(s.end()));
    }
    Map<String, Integer> relationsAt = new HashMap<>();
    for (Relation r : extraction.relations()) {
      Evidence ev = r.evidence();
      int n = relationsAt.merge(ev.start() + "-" + ev.end(), 1, Integer::sum) - 1;
      Resource cooperation = cooperation(m, r);
      cooperation.addProperty(SD.mention, mention(m, a, article, r, n));
    }
    return m;
  }

  private static Resource article(Model m, Article a) {
    Resource article =
        m.createResource(Iris.article(a.id()).getURI())
            .addProperty(RDF.type, SD.Schema.NewsArticle)
            .addProperty(SD.Schema.headline, a.title())
            .addLiteral(SD.Schema.datePublished, Literals.date(a.date()))
            .addProperty(DCTerms.identifier, a.id())
            .addProperty(SD.fileName, a.fileName());
    a.sourceUrl().ifPresent(url -> article.addProperty(SD.Schema.url, m.createResource(url)));
    a.publisher().ifPresent(p -> article.addProperty(SD.Schema.publisher, p));
    return article;
  }

  private Resource cooperation(Model m, Relation r) {
    Resource c =
        m.createResource(Iris.cooperation(CooperationKey.of(r)).getURI())
            .addProperty(RDF.type, SD.Cooperation)
            .addProperty(SD.kind, Terms.kind(r.kind()))
            .addProperty(SD.topic, topic(r.topic()));
    boolean aid = r.kind() == RelationKind.AID;
    boolean unnamed = false;
    for (String code : new String[] {r.a(), r.b()}) {
      if (Relation.UNNAMED.equals(code)) {
        unnamed = true;
        continue;
      }
      Resource participant = entities.participant(m, code);
      c.addProperty(SD.participant, participant);
      if (aid) {
        c.addProperty(code.equals(r.a()) ? SD.giver : SD.receiver, participant);
      }
    }
    if (unnamed) {
      c.addLiteral(SD.hasUnnamedPartners, Literals.bool(true));
    }
    Resource project = r.project() == null ? null : entities.projectNamed(m, r.project());
    if (project != null) {
      c.addProperty(SD.project, project);
      if (r.projectCount() != null) {
        project.addLiteral(SD.projectCount, Literals.integer(r.projectCount()));
      }
    }
    if (r.partnerCount() != null && r.kind() == RelationKind.PROJECT && project != null) {
      project.addLiteral(SD.participantCount, Literals.integer(r.partnerCount()));
    }
    return c;
  }

  private Resource mention(Model m, Article a, Resource article, Relation r, int n) {
    Evidence ev = r.evidence();
    Resource mention =
        m.createResource(Iris.mention(a.id(), ev.start(), ev.end(), n).getURI())
            .addProperty(RDF.type, SD.Mention)
            .addProperty(SD.Prov.wasDerivedFrom, article)
            .addProperty(SD.text, ev.text())
            .addLiteral(SD.start, Literals.integer(ev.start()))
            .addLiteral(SD.end, Literals.integer(ev.end()))
            .addLiteral(SD.confidence, Literals.decimal(ev.confidence()))
            .addProperty(SD.reportedStatus, Terms.status(r.status()));
    if (r.date() != null) {
      Literals.partialDate(r.date())
          .ifPresentOrElse(
              d -> mention.addLiteral(SD.reportedDate, d),
              () ->
                  LOG.warn(
                      "{}: date \"{}\" is not YYYY[-MM[-DD]]; left out", a.fileName(), r.date()));
    }
    if (r.speaker() != null) {
      mention.addProperty(SD.Prov.wasAttributedTo, entities.personNamed(m, r.speaker()));
    }
    if (r.partnerCount() != null && r.kind() != RelationKind.PROJECT) {
      mention.addLiteral(SD.reportedUnnamedPartners, Literals.integer(r.partnerCount()));
    }
    return mention;
  }

  private Resource topic(String notation) {
    if (notation != null && topics.byNotation(notation).isPresent()) {
      return Iris.topic(notation);
    }
    LOG.warn("unknown topic \"{}\"; mapped to topic other", notation);
    return Iris.topic("other");
  }
}

package org.sitrep.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.actor.ActorFindings;
import org.sitrep.actor.ActorMention;
import org.sitrep.actor.MentionLink;
import org.sitrep.geo.PlaceMention;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Evidence;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Sentence;

/**
 * Who backs, opposes or belongs to whom ("backing from Russia, Iran, and Hezbollah"), from the cues
 * of relations.tsv. One relation per (relation, subject, object) per article, with the evidence of
 * every sentence that states it.
 */
public final class RelationExtractor {
  private static final List<RelationCue> CUES = load();

  public List<Relation> extract(AnnotatedArticle doc, ActorFindings findings) {
    List<ActorMention> actors = findings.mentions();
    Map<String, Relation> found = new LinkedHashMap<>();
    for (MentionLink link : findings.links()) {
      add(found, doc, new Link(link.relation(), false), link.subject(), link.object(), evidenceAt(doc, link.subject()));
    }
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      DependencyGraph graph = new DependencyGraph(s);
      SentenceMentions mentions = new SentenceMentions(
          SentenceMentions.within(s.span(), actors, ActorMention::span), List.<PlaceMention>of(), List.of(), List.of());
      ArgumentBinder binder = new ArgumentBinder(graph, mentions, null);
      Evidence evidence = new Evidence(doc.article().id(), s.start(), s.end(), s.text());
      for (int t = 0; t < graph.size(); t++) {
        for (RelationCue cue : cuesFor(graph, t)) {
          boolean former = isFormer(graph, t, cue);
          for (ActorMention subject : actorsOf(binder, t, cue.subject())) {
            for (ActorMention object : actorsOf(binder, t, cue.object())) {
              add(found, doc, new Link(cue.relation(), former), subject, object, evidence);
            }
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The sentence around a mention, for relations the actor finder read off the words. */
  private static Evidence evidenceAt(AnnotatedArticle doc, ActorMention m) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(m.span())) {
        return new Evidence(doc.article().id(), s.start(), s.end(), s.text());
      }
    }
    String text = doc.article().text().substring(m.span().start(), m.span().end());
    return new Evidence(doc.article().id(), m.span().start(), m.span().end(), text);
  }

  private static List<RelationCue> cuesFor(DependencyGraph graph, int token) {
    String lemma = TriggerMatcher.lemma(graph.token(token));
    List<RelationCue> cues = new ArrayList<>();
    for (RelationCue cue : CUES) {
      if (cue.lemma().equals(lemma) && cue.fits(graph.token(token).pos())) {
        cues.add(cue);
      }
    }
    return cues;
  }

  private static List<ActorMention> actorsOf(ArgumentBinder binder, int cue, RelationPattern role) {
    List<ActorMention> result = new ArrayList<>();
    // the governor must itself be the actor: its subtree holds the cue and so the other side too
    if (role.labels().contains("@gov") && binder.governor(cue) >= 0) {
      binder.actorAt(binder.governor(cue)).ifPresent(result::add);
    }
    RelationPattern dependents = new RelationPattern(role.labels().stream().filter(l -> !l.startsWith("@")).toList());
    for (int t : result.isEmpty() ? binder.roleTokens(new TriggerMatch(null, cue, cue, cue), dependents) : List.<Integer>of()) {
      for (ActorMention m : binder.actorsWithConjuncts(t)) {
        if (!result.contains(m)) {
          result.add(m);
        }
      }
      if (!result.isEmpty()) {
        break;
      }
    }
    if (result.isEmpty() && role.labels().contains("@clause")) {
      binder.clauseActor(cue).ifPresent(result::add);
    }
    return result;
  }

  /** The kind of tie and whether the text says it has ended. */
  private record Link(RelationType type, boolean former) {}

  /** "a former al-Qaeda affiliate": a qualifier word of the cue modifies it. */
  private static boolean isFormer(DependencyGraph graph, int cue, RelationCue row) {
    if (row.qualifier() == null || row.qualifier().equals("-")) {
      return false;
    }
    List<String> words = List.of(row.qualifier().split("\\|"));
    for (var d : graph.children(cue)) {
      if (words.contains(graph.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Relation> found, AnnotatedArticle doc, Link link,
      ActorMention subject, ActorMention object, Evidence evidence) {
    if (subject.actor().name().equals(object.actor().name())) {
      return;
    }
    RelationType type = link.type();
    String key = type + "|" + subject.actor().name() + "|" + object.actor().name() + "|" + link.former();
    Relation existing = found.get(key);
    List<Evidence> all = new ArrayList<>(existing == null ? List.of() : existing.evidence());
    if (!all.contains(evidence)) {
      all.add(evidence);
    }
    String id = existing != null ? existing.id() : EventIds.of("rel-", doc.article().id(), key);
    Relation first = existing != null ? existing
        : new Relation(id, type, subject.actor(), object.actor(), link.former(), doc.article(), all);
    found.put(key, new Relation(id, type, first.subject(), first.object(), link.former(), doc.article(), all));
  }

  private static List<RelationCue> load() {
    List<RelationCue> cues = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(RelationExtractor.class, "relations.tsv")) {
      cues.add(new RelationCue(row.get("cue").toLowerCase(Locale.ROOT), row.get("pos").charAt(0),
          RelationType.parse(row.get("relation")), RelationPattern.parse(row.get("subject")),
          RelationPattern.parse(row.get("object")), row.get("qualifier_words")));
    }
    return cues;
  }
}

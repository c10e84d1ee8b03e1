package org.sitrep.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.quantity.QuantityMention;
import org.sitrep.quantity.QuantityParser;
import org.sitrep.time.DateMention;
import org.sitrep.time.DateResolver;

/**
 * The event stage: triggers, their dependency roles, status, counts and dates, sentence by
 * sentence; then pronoun actors from earlier events, casualty counts joined to their events, and
 * the retellings of one event within the article merged.
 */
public final class EventExtractor {
  private final TriggerMatcher matcher = new TriggerMatcher(TriggerLexicon.standard(), NounClasses.standard());
  private final StatusDetector status = StatusDetector.standard();
  private final QuantityParser quantities;
  private final DateResolver dates;
  private final Function<String, Place> countryLookup;

  /** @param countryLookup ISO3 → country-level place, for events placed only by the article's focus */
  public EventExtractor(QuantityParser quantities, DateResolver dates, Function<String, Place> countryLookup) {
    this.quantities = quantities;
    this.dates = dates;
    this.countryLookup = countryLookup;
  }

  /**
   * Events of the article. A draft needs substance (a party, a bound place or a count), except in a
   * one-sentence text (a headline, a wire flash): there a place named anywhere in the sentence is
   * where the event happened ("Clashes continue south of Aleppo"); an event told in an adverbial
   * or relative clause or an apposition ("..., with their forwards repelling wave after wave of
   * attacks", "..., a massacre that leaves the champions eight points clear") does not get it.
   * The same holds at the top of a longer report (see {@link #standsOnItsPlace}).
   */
  public List<Event> extract(AnnotatedArticle doc, List<ActorMention> actors, List<PlaceMention> places) {
    ArticleFocus focus = ArticleFocus.of(places, countryLookup);
    List<Span> datelines = PlaceFinder.datelineZones(doc.article().text());
    List<Draft> drafts = new ArrayList<>();
    boolean headlineFirst = !doc.sentences().isEmpty() && isHeadline(doc, doc.sentences().get(0));
    int first = headlineFirst ? 1 : 0; // the body's first sentence
    int[] entries = TimelineEntries.entries(doc.sentences(), first);
    int latestEntry = TimelineEntries.latestEntry(entries);
    int lead = latestEntry >= 0 ? latestEntry : LeadSentence.index(doc.sentences(), first, doc.article().text());
    for (Sentence s : doc.sentences()) {
      if (s.parsed() && !s.dependencies().isEmpty()) {
        drafts.addAll(sentenceDrafts(doc, s, actors, places, focus, drafts, datelines, headlineFirst, lead));
      }
    }
    if (latestEntry < 0) { // a chronology's earlier entries are no picture or quotation that opens the text
      giveOpeningPlace(drafts, PhotoCaptions.openingPlace(doc.sentences(), first, lead, places));
    }
    drafts.forEach(d -> {
      d.earlierEntry = d.sentenceIndex < latestEntry;
      d.timelineEntry = entries[d.sentenceIndex];
    });
    drafts.removeIf(d -> d.tollForLead); // given to the lead's event, if it had one
    FactChecks.apply(drafts, doc.sentences());
    AnswerCorrections.apply(drafts);
    BackReferences.giveTolls(drafts);
    TallyStatements.applyTotals(drafts, doc.sentences(), doc.article().id());
    ResponsibilityClaims.apply(drafts);
    boolean oneSentence = doc.sentences().size() == 1;
    drafts.removeIf(d -> !d.hasSubstance() && !standsOnItsPlace(d, oneSentence) && !(d.nationwide && (oneSentence || d.lead)));
    TallyStatements.apply(drafts, doc.sentences(), doc.article().id());
    ProtestAftermath.apply(drafts, doc.sentences());
    EventAssembler.retype(drafts);
    List<Draft> plausible = ActorKindRule.apply(drafts);
    return new EventAssembler(doc.article(), focus, dates).assemble(ArticleEventMerger.merge(plausible));
  }

  /**
   * "Briceño, Antioquia: A farmer stepped on an anti-personnel landmine", "Relatives of the disappeared staged a
   * silent sit-in outside the district secretariat in Mullaitivu": an event told at the top of the report (or in a
   * one-sentence text) with a place in its sentence stands on that place, though the grammar binds it to no party.
   * At the top of a longer report the words sport and fiction share with war ("an epic battle against Alcaraz", "a
   * driving maul raid") do not: a trigger of noun class {@code ambiguous_violence} never, and a battle only with a
   * named party in its sentence ("fighting broke out between the Arakan Army and junta troops"); and leaving with no
   * count or origin is no displacement there ("Junta troops abandoned their positions in Namhsan").
   */
  private static boolean standsOnItsPlace(Draft d, boolean oneSentence) {
    if (d.sideClause || d.sentencePlace == null || !(oneSentence || d.lead)) {
      return false;
    }
    boolean ambiguous = NounClasses.standard().contains("ambiguous_violence", d.trigger.entry().lemmas().get(0));
    return oneSentence || !ambiguous && d.type != EventType.DISPLACEMENT && (d.type != EventType.BATTLE || d.partyInSentence);
  }

  private List<Draft> sentenceDrafts(AnnotatedArticle doc, Sentence s, List<ActorMention> actors,
      List<PlaceMention> places, ArticleFocus focus, List<Draft> earlier, List<Span> datelines, boolean headlineFirst, int lead) {
    boolean headline = s.index() == 0 && headlineFirst;
    // an armed group named in the sentences just before makes "the deal" its deal (sentence indexes are list positions)
    int reachStart = doc.sentences().get(Math.max(0, s.index() - PARTY_REACH)).start();
    SentenceMentions mentions = mentionsOf(s, actors, places, doc.article().published(), datelines, reachStart);
    DependencyGraph graph = new DependencyGraph(s);
    SentenceEventBuilder builder = new SentenceEventBuilder(graph, mentions, focus);
    List<Draft> built = new ArrayList<>();
    boolean nationwide = NationwideScope.covers(s);
    boolean partyInSentence = mentions.actors().stream().anyMatch(m -> Violence.PARTIES.contains(m.actor().kind()));
    List<java.util.Set<String>> words = SentenceWords.of(s);
    boolean asked = QuestionPlaces.isAsked(doc.sentences(), s.index());
    boolean aside = ExplainerSections.isAside(doc.sentences(), s.index());
    // a caption's picture line opens the text, but what the picture follows ("Relatives wait outside the hospital after
    // a suicide bomber detonated explosives") is news of the lead's rank; what it shows is only part of the news
    boolean picture = s.index() < lead && PhotoCaptions.isPictureLine(s, doc.article().text());
    for (TriggerMatch match : matcher.find(graph, mentions)) {
      String[] pronoun = {null};
      Draft d = builder.build(match, pronoun);
      if (d.actor == null && pronoun[0] != null) {
        d.actor = resolvePronoun(pronoun[0], d, builder, earlier, built);
        // "four resistance groups announced they were dissolving ...": a pronoun that points to a group named
        // earlier in its own sentence gives the actor as surely as the name would
        d.actorFromRole = d.actor != null && d.actor.span().start() >= s.start();
      }
      if (d.actor == null && needsActor(d)) {
        d.actor = builder.binder().clauseActor(match.head())
            .or(() -> builder.precedingArmedActor(d).filter(m -> !speaksOfOthersViolence(d, m, builder, match))).orElse(null);
      }
      if (d.location == null) {
        d.location = fallbackLocation(d, builder);
      }
      d.actorIsSubject = d.actor != null && graph.children(match.head()).stream().anyMatch(c -> c.relation().equals("nsubj")
          && d.actor.span().overlaps(builder.binder().tokenSpan(c.dependent())));
      d.status = status.detect(graph, match, d.type, builder.binder(), sides(d));
      DateMention when = TriggerDates.of(mentions.dates(), graph, match.head(), d.triggerStart);
      d.date = when == null ? null : when.date();
      d.dateStartsSpan = when != null && TriggerDates.startsASpan(when, s, words);
      d.evidence.add(new Evidence(doc.article().id(), s.start(), s.end(), s.text()));
      d.sentenceWords = words;
      d.nationwide = nationwide;
      d.partyInSentence = partyInSentence;
      d.subordinate = isSubordinate(graph, match.head());
      d.sideClause = isInSideClause(graph, match.head());
      d.pointsBack = BackReferences.pointsBack(graph, match.head(), match.entry().pos(), d.subordinate);
      d.attributedTo = BackReferences.attributedTo(graph, builder.binder(), match.head(), match.entry().pos());
      d.attributed = BackReferences.isAttributed(graph, match.head(), match.entry().pos());
      d.additional = saysAlso(graph, match.head());
      // "15 children are the victims of a massacre" has a verb: the copula
      d.nounHeadline = match.entry().pos() == 'N' && "root".equals(graph.headRelation(match.head()))
          && graph.children(match.head()).stream().noneMatch(c -> c.relation().equals("cop"));
      d.headline = headline;
      // the top of the report: the headline and the body's first sentence past what only opens it
      d.lead = headline || s.index() == lead || picture && d.subordinate;
      d.pluperfect = isPluperfect(graph, match.head());
      d.asked = asked;
      d.aside = aside;
      built.add(d);
    }
    assignSentencePlaces(built, builder);
    HowManyAnswers.apply(built, doc.sentences(), quantities, doc.article().id());
    QuestionPlaces.giveAskedPlace(built, QuestionPlaces.asked(doc.sentences(), places, s.index()));
    OnwardPlaces.giveStayingPlaces(built, graph, builder.binder(), earlier, s.index());
    SentenceDraftFilters.apply(built, graph, d -> HistoryRule.isHistory(d, doc.article().published()));
    SentenceDraftFilters.dropAttacksClaimedAgain(built, graph, earlier);
    BackReferences.giveBlamedParty(built, earlier, graph, builder.binder());
    ThreatRule.apply(built, graph, builder.binder());
    return CasualtyAttacher.attachToPreviousSentence(CasualtyAttacher.attach(built, graph, headline), earlier, s.index());
  }

  /**
   * Whether the article's first sentence is its title, or a first line the cleaner kept apart as a headline: no closing
   * punctuation, and a line break after it ("Embassies attacked as anger spills into Kinshasa\nKINSHASA — ...").
   */
  private static boolean isHeadline(AnnotatedArticle doc, Sentence s) {
    String title = doc.article().title();
    if (title != null && s.text().strip().equals(title.strip())) {
      return true;
    }
    String text = doc.article().text();
    String sentence = s.text().strip();
    boolean open = !sentence.isEmpty() && !org.sitrep.clean.HeadlineLine.endsASentence(sentence);
    return open && s.end() < text.length() && text.charAt(s.end()) == '\n';
  }

  private SentenceMentions mentionsOf(Sentence s, List<ActorMention> actors, List<PlaceMention> places, LocalDate published,
      List<Span> datelines, int reachStart) {
    List<ActorMention> sentenceActors = SentenceMentions.within(s.span(), actors, ActorMention::span);
    List<PlaceMention> sentencePlaces = SentenceMentions.within(s.span(), places, PlaceMention::span);
    // "March 23 Movement" is no date and "M23" no count: names are read before numbers; a
    // dateline's date is the filing date
    List<Span> names = new ArrayList<>(datelines);
    sentenceActors.forEach(m -> names.add(m.span()));
    sentencePlaces.forEach(m -> names.add(m.span()));
    return new SentenceMentions(sentenceActors, sentencePlaces,
        outside(PersonAges.withoutAges(quantities.find(s.text(), s.start()), s), names, QuantityMention::span),
        published == null ? List.of() : outside(dates.find(s.text(), s.start(), published), names, DateMention::span),
        actors.stream().anyMatch(m -> m.span().start() >= reachStart && m.span().end() <= s.start() && NamedClassMembers.isArmedGroup(m)));
  }

  private static <T> List<T> outside(List<T> found, List<Span> names, Function<T, Span> span) {
    List<T> kept = new ArrayList<>();
    for (T t : found) {
      if (names.stream().noneMatch(n -> n.overlaps(span.apply(t)))) {
        kept.add(t);
      }
    }
    return kept;
  }

  /**
   * The lead's events that name no place happened where the sentences that open the text are set (a photo caption's
   * picture). People a caption shows somewhere else than where they fled from have arrived there ("Chin refugees rest in
   * a school hall in Zokhawthar. About 2,000 people crossed the Tiau river from Rihkhawdar").
   */
  private static void giveOpeningPlace(List<Draft> drafts, PlaceMention opening) {
    if (opening == null) {
      return;
    }
    for (Draft d : drafts) {
      if (!d.lead || d.headline || d.type == EventType.STATEMENT || d.type == EventType.THREAT) {
        continue;
      }
      if (d.type == EventType.DISPLACEMENT) {
        // with no origin told, the picture's place may as well be the home they left ("Residents of Grindavik queue ..."),
        // unless they are told to have arrived ("Some 1,300 families have arrived from Barsalogho")
        boolean arrived = NounClasses.standard().contains("arrival_verb", d.trigger.entry().lemmas().get(0));
        boolean elsewhere = d.from == null ? arrived : !d.from.place().name().equals(opening.place().name());
        if (d.to.isEmpty() && elsewhere) {
          d.to.add(opening);
        }
      } else if (d.location == null && d.sentencePlace == null) {
        d.sentencePlace = opening;
      }
    }
  }

  /**
   * A displacement happens where people flee from (other places in its clause are destinations);
   * what a statement or threat mentions is its content, not where it was made.
   */
  private static PlaceMention fallbackLocation(Draft d, SentenceEventBuilder builder) {
    if (d.type == EventType.DISPLACEMENT) {
      return d.from;
    }
    if (d.type == EventType.STATEMENT || d.type == EventType.THREAT) {
      return null;
    }
    return builder.placeInSubtree(d).orElse(null);
  }

  /**
   * "The rebels had seized Kalembe in March": the past perfect tells what came before the news, its background. Not in
   * reported speech, where it is only the tense shifted back ("said that his group had formed a coalition").
   */
  private static boolean isPluperfect(DependencyGraph graph, int head) {
    String tag = graph.token(head).pos();
    boolean had = tag != null && tag.equals("VBN") && graph.children(head).stream().anyMatch(c -> c.relation().equals("aux")
        && graph.token(c.dependent()).word().equalsIgnoreCase("had"));
    return had && !onTheWayUp(graph, head, rel -> rel.startsWith("ccomp"));
  }

  /**
   * "four soldiers also died", "three soldiers were also reported dead": "also" on the trigger or on the verb it
   * completes adds these victims to those already counted.
   */
  private static boolean saysAlso(DependencyGraph graph, int head) {
    List<Integer> words = new ArrayList<>(List.of(head));
    if (graph.head(head) >= 0 && graph.headRelation(head).equals("xcomp")) {
      words.add(graph.head(head));
    }
    return words.stream().anyMatch(w -> graph.children(w).stream()
        .anyMatch(c -> c.relation().equals("advmod") && TriggerMatcher.lemma(graph.token(c.dependent())).equals("also")));
  }

  /**
   * Told in an adverbial or relative clause or an apposition ("with their forwards repelling ...",
   * "..., a massacre that ..."), unlike the prepositional phrases of a verbless headline
   * ("Human losses after aerial bombardment on Aleppo").
   */
  private static boolean isInSideClause(DependencyGraph graph, int head) {
    return onTheWayUp(graph, head, rel -> rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("appos"));
  }

  /** On the way up to the root, an adverbial, adnominal or oblique link makes the trigger background. */
  private static boolean isSubordinate(DependencyGraph graph, int head) {
    return onTheWayUp(graph, head,
        rel -> rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("obl") || rel.startsWith("nmod"));
  }

  /**
   * Whether a link on the path from the token up to the root has a relation {@code link} accepts. A clause set beside
   * another (parataxis) is a sentence of its own: what it hangs on, such as a report's heading ("Monitoring note,
   * 19 October — Briceño, Antioquia: A farmer stepped on a landmine"), makes it no background.
   */
  private static boolean onTheWayUp(DependencyGraph graph, int head, java.util.function.Predicate<String> link) {
    int node = head;
    for (int ancestor : graph.ancestors(head)) {
      String relation = graph.headRelation(node);
      if (relation.equals("parataxis")) {
        return false;
      }
      if (link.test(relation) && !isReportedContent(graph, node, ancestor, relation)) {
        return true;
      }
      node = ancestor;
    }
    return false;
  }

  /**
   * "A grenade has been thrown into a bar in Guayaquil, police say": the parser often hangs the reported clause that
   * comes before its verb of saying as an adverbial one; it is what was said, not a side clause.
   */
  private static boolean isReportedContent(DependencyGraph graph, int node, int governor, String relation) {
    return relation.equals("advcl") && node < governor && SpeechVerbs.contains(TriggerMatcher.lemma(graph.token(governor)));
  }

  /**
   * An event the grammar gives no place takes one named elsewhere in its sentence, but not one in
   * another event's own clause ("HTS has captured key cities and is approaching Homs"), nor the seat of a court that
   * hears of it ("Prosecutors in Pemba told a judge that ...").
   */
  private static void assignSentencePlaces(List<Draft> built, SentenceEventBuilder builder) {
    List<PlaceMention> courts = null; // looked up once per sentence, when a draft first needs a place
    for (Draft d : built) {
      if (d.location != null || d.type == EventType.STATEMENT || d.type == EventType.THREAT) {
        continue;
      }
      courts = courts == null ? builder.binder().placesOfCourts() : courts;
      List<PlaceMention> taken = new ArrayList<>(courts);
      for (Draft other : built) {
        if (other != d) {
          taken.addAll(builder.binder().placesInOwnClause(other.trigger.head()));
        }
      }
      d.sentencePlace = builder.placeInSentence(d, taken).orElse(null);
    }
  }

  private static List<org.sitrep.model.Actor> sides(Draft d) {
    List<org.sitrep.model.Actor> sides = new ArrayList<>();
    if (d.actor != null) {
      sides.add(d.actor.actor());
    }
    if (d.target != null) {
      sides.add(d.target.actor());
    }
    return sides;
  }

  /**
   * "Police told us that gang members seized 11 passengers": police, officials and monitors who tell of violence did not
   * do it. A force or group tells of its own operations ("The Syrian army said ... its units had withdrawn"), and a
   * group announcing a change to itself made it.
   */
  private static boolean speaksOfOthersViolence(Draft d, ActorMention m, SentenceEventBuilder builder, TriggerMatch match) {
    return Violence.TYPES.contains(d.type) && !OWN_OPERATIONS.contains(m.actor().kind()) && builder.binder().speaksFor(m, match.head());
  }

  /** How many sentences back an armed group named still makes "the deal" its agreement. */
  private static final int PARTY_REACH = 2;

  /** Kinds of speakers whose accounts of fighting are of their own operations. */
  private static final java.util.Set<org.sitrep.model.ActorKind> OWN_OPERATIONS = java.util.EnumSet.of(
      org.sitrep.model.ActorKind.STATE_MILITARY, org.sitrep.model.ActorKind.REBEL, org.sitrep.model.ActorKind.MILITIA,
      org.sitrep.model.ActorKind.TERRORIST_GROUP, org.sitrep.model.ActorKind.FOREIGN_STATE);

  /** A statement is only a statement of the speaker the grammar names; displaced people are no actor. */
  private static boolean needsActor(Draft d) {
    return d.type != EventType.DISPLACEMENT && d.type != EventType.STATEMENT && !d.trigger.entry().isCasualty();
  }

  /**
   * "its offensive" points back to a group named earlier in the sentence; "he emphasized" to the
   * speaker of an earlier event. Failing those, the actor of the latest earlier event.
   */
  private static ActorMention resolvePronoun(String pronoun, Draft d, SentenceEventBuilder builder,
      List<Draft> earlier, List<Draft> built) {
    boolean person = Pronouns.refersToPerson(pronoun);
    Optional<ActorMention> inSentence = person ? Optional.empty() : builder.precedingGroup(d);
    return inSentence.orElseGet(() -> previousActor(earlier, built, d.type));
  }

  /** The actor of the latest earlier event, same type first. */
  private static ActorMention previousActor(List<Draft> earlier, List<Draft> sameSentence, EventType type) {
    List<Draft> all = new ArrayList<>(earlier);
    all.addAll(sameSentence);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = all.size() - 1; i >= 0; i--) {
        Draft d = all.get(i);
        if (d.actor != null && (pass == 1 || d.type == type) && d.type != EventType.DISPLACEMENT) {
          return d.actor;
        }
      }
    }
    return null;
  }
}

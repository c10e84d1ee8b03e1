package org.sitrep.event;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

/**
 * Drafts of one sentence that are not events of their own: what another event is about, what an
 * interception stopped, looting told with the violence (side-effects.tsv), arrests told with a
 * protest, a development that describes a party, control that describes a place, a statement that
 * is only the medium of the news, and triggers sport and science share with war told with nothing
 * that anchors them in conflict; a sentence told inside a work of fiction has none (FictionFrame).
 */
final class SentenceDraftFilters {
  private SentenceDraftFilters() {}

  /** Removes from the sentence's drafts every one that is not an event of its own (or is history). */
  static void apply(List<Draft> built, DependencyGraph graph, Predicate<Draft> history) {
    if (FictionFrame.framesSentence(graph)) {
      built.clear();
      return;
    }
    built.removeIf(d -> isObjectOfOtherEvent(d, built, graph) || isDeclarationOfOtherEvent(d, built, graph)
        || isAgreementToOtherChange(d, built, graph)
        || isCeasefireAgreed(d, built, graph) || history.test(d));
    List<Draft> stopped = built.stream().filter(d -> isStoppedByDisruption(d, built, graph)).toList();
    built.removeAll(stopped);
    built.stream().filter(d -> isInterventionInProtest(d, built)).forEach(arrest -> lendPlaceToProtests(arrest, built));
    built.removeIf(d -> isTheCrowdOfAProtest(d, built, graph));
    List<Draft> searches = built.stream().filter(d -> isTheSearchBehindASeizure(d, built)).toList();
    built.removeAll(searches);
    built.forEach(d -> declaredBy(d, built, graph).ifPresent(event -> event.actor = event.actor == null ? d.actor : event.actor));
    built.removeIf(d -> isSideEffectOfViolence(d, built, graph) || isInterventionInProtest(d, built) || isRetreatInCapture(d, built)
        || isEntryForViolence(d, built) || describesAnActor(d, graph)
        || describesAPlace(d, graph) || isOnlyTheMedium(d, built, graph));
    List<Draft> unanchored = built.stream().filter(d -> lacksConflictAnchor(d, built) || isTraining(d, graph)).toList();
    built.removeAll(unanchored);
  }

  /**
   * "no group had claimed the attack", "the Islamic State claimed the bombing": the attack a claim is made for, named
   * with "the" or "this", is the one already told, when one was; the claim names no new attack (a verb of claiming,
   * noun class {@code claim_verb}).
   */
  static void dropAttacksClaimedAgain(List<Draft> built, DependencyGraph graph, List<Draft> earlier) {
    boolean told = earlier.stream().anyMatch(e -> Violence.FIGHTING.contains(e.type) && e.status != null && e.status.counted());
    if (told) {
      built.removeIf(d -> isTheAttackClaimed(d, graph));
    }
  }

  private static boolean isTheAttackClaimed(Draft d, DependencyGraph graph) {
    int head = d.trigger.head();
    int verb = graph.head(head);
    boolean definite = graph.children(head).stream().anyMatch(c -> c.relation().equals("det")
        && NounClasses.standard().contains("definite_det", graph.token(c.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
    return d.trigger.entry().pos() != 'V' && definite && verb >= 0 && "obj".equals(graph.headRelation(head))
        && NounClasses.standard().contains("claim_verb", TriggerMatcher.lemma(graph.token(verb)));
  }

  /** Types whose words sport uses too: "attacks" by a team, a "forehand strike", a champion who "captured the belt". */
  private static final Set<EventType> SPORT_SHARED = Set.of(EventType.BATTLE, EventType.EXPLOSION_REMOTE_VIOLENCE,
      EventType.TERRITORY_CAPTURED);

  /** Noun classes whose words in a sentence say it is about armed conflict. */
  private static final List<String> CONFLICT_CLASSES = List.of("weapon", "military", "arms", "explosive", "war_victim", "protester");
  /** Those that still do in a sentence about sport, where teams are "forces" and fans "protest". */
  private static final List<String> CONFLICT_CLASSES_IN_SPORT = List.of("weapon", "explosive", "war_victim");

  /**
   * "Fast bowlers launched a ferocious assault on India's top order", "a solar storm bombarded
   * Earth", "a bold kingside attack": triggers that sport, science and games use as freely as war
   * (noun class {@code ambiguous_violence}) report conflict only with something that anchors them
   * in it: an actor or target the actor finder knows, a toll, a casualty word, or a weapon, armed
   * force, war victim or protester named in the sentence. In a sentence about sport (noun class
   * {@code sport_context}: "India's fast bowlers ripped through the top order") battles, strikes and
   * captures need one too ("a forehand strike", "the new champion captured the belt"), and teams
   * named for countries are no anchor: only a toll, a casualty word, a weapon or a
   * war victim is.
   */
  static boolean lacksConflictAnchor(Draft d, List<Draft> sentence) {
    NounClasses classes = NounClasses.standard();
    boolean sport = hasWordOf(d, List.of("sport_context"));
    boolean ambiguous = classes.contains("ambiguous_violence", d.trigger.entry().lemmas().get(0));
    if (!ambiguous && !(sport && d.type != null && SPORT_SHARED.contains(d.type))) {
      return false;
    }
    // told among bowlers and scrums, teams named for countries are no parties to a war
    boolean parties = !sport && (d.actor != null || d.target != null);
    boolean anchored = parties || d.fatalities != null || d.injured != null
        || sentence.stream().anyMatch(o -> o.trigger.entry().isCasualty())
        || (sport ? hasWordOf(d, CONFLICT_CLASSES_IN_SPORT, "sport_sense") : hasWordOf(d, CONFLICT_CLASSES, null));
    return !anchored;
  }

  /** How many words up from the trigger the search for its clause's verb may go. */
  private static final int MAX_CLAUSE_CLIMB = 3;

  /**
   * "Troops sank a decommissioned ship with missiles and artillery fire in a live-fire drill":
   * fire and explosions whose own clause says they were an exercise (a word of noun class
   * {@code exercise_context} hanging on the trigger or on its verb) and that killed or hurt nobody
   * are training, not events. Exercises told elsewhere in the sentence ("days after joint
   * exercises") change nothing.
   */
  static boolean isTraining(Draft d, DependencyGraph graph) {
    boolean fire = d.type == EventType.BATTLE || d.type == EventType.EXPLOSION_REMOTE_VIOLENCE;
    if (!fire || d.fatalities != null || d.injured != null) {
      return false;
    }
    NounClasses classes = NounClasses.standard();
    // the trigger's dependents and those of each word up to its clause's verb ("fire" in "sank a ship
    // with missiles and artillery fire in a live-fire drill" hangs on "missiles", which hangs on "sank")
    List<Integer> clause = new java.util.ArrayList<>();
    int at = d.trigger.head();
    for (int up = 0; at >= 0 && up <= MAX_CLAUSE_CLIMB; up++) {
      graph.children(at).forEach(c -> clause.add(c.dependent()));
      if (graph.token(at).pos().startsWith("VB")) {
        break;
      }
      at = graph.head(at);
    }
    return clause.stream().anyMatch(t -> classes.contains("exercise_context", TriggerMatcher.lemma(graph.token(t)))
        || classes.contains("exercise_context", graph.token(t).word().toLowerCase(java.util.Locale.ROOT)));
  }

  private static boolean hasWordOf(Draft d, List<String> nounClasses) {
    return hasWordOf(d, nounClasses, null);
  }

  /** Whether the sentence has a word of one of the classes, words of {@code except} aside ("the seventh round" of a tournament). */
  private static boolean hasWordOf(Draft d, List<String> nounClasses, String except) {
    NounClasses classes = NounClasses.standard();
    return d.sentenceWords.stream().anyMatch(forms -> forms.stream().anyMatch(w -> (except == null || !classes.contains(except, w))
        && nounClasses.stream().anyMatch(c -> classes.contains(c, w))));
  }

  /**
   * "defused a roadside bomb", "signed a ceasefire", "foiled an attack", "a roadside bomb was
   * discovered": an event noun that is the object (or passive subject) of a strategic development
   * (type other) is what that development is about, not an event of its own; so is a participle
   * that describes such an object ("exchanged 27 abducted children").
   */
  static boolean isObjectOfOtherEvent(Draft d, List<Draft> sentence, DependencyGraph graph) {
    int head = d.trigger.head();
    if (d.trigger.entry().pos() != 'N' && graph.headRelation(head).equals("amod")) {
      // "exchanging 27 abducted children": the participle describes the people the development is about
      head = graph.head(head);
    } else if (d.trigger.entry().pos() != 'N') {
      return false;
    }
    int governor = graph.head(head);
    String relation = graph.headRelation(head);
    return governor >= 0 && (relation.equals("obj") || relation.equals("nsubj:pass"))
        && sentence.stream().anyMatch(o -> o != d && o.type == EventType.OTHER && o.trigger.head() == governor);
  }

  /**
   * "sub-leaders publicly declared the group dissolved": a statement whose open complement is another event of the
   * sentence is how that event is told, not an event beside it ("said the gangs had formed a coalition" tells both).
   */
  static boolean isDeclarationOfOtherEvent(Draft d, List<Draft> sentence, DependencyGraph graph) {
    int head = d.trigger.head();
    return d.type == EventType.STATEMENT && sentence.stream().anyMatch(o -> o != d && o.type != EventType.STATEMENT
        && graph.head(o.trigger.head()) == head && graph.headRelation(o.trigger.head()).equals("xcomp"));
  }

  /** "Protesters marched in Abuja": the crowd that is a protest verb's subject is who protests, not a second protest. */
  static boolean isTheCrowdOfAProtest(Draft d, List<Draft> sentence, DependencyGraph graph) {
    int head = d.trigger.head();
    return d.type == EventType.PROTEST && d.trigger.entry().pos() == 'N' && graph.headRelation(head).equals("nsubj")
        && sentence.stream().anyMatch(o -> o != d && o.type == EventType.PROTEST && o.trigger.head() == graph.head(head));
  }

  /**
   * "regained control of Cowsweyne after fighting al-Shabaab, who withdrew towards the coast": a
   * withdrawal (noun class {@code retreat}) told in the sentence of a capture is the loser leaving,
   * part of the capture.
   */
  static boolean isRetreatInCapture(Draft d, List<Draft> sentence) {
    return d.type == EventType.DEPLOYMENT && NounClasses.standard().contains("retreat", d.trigger.entry().lemmas().get(0))
        && sentence.stream().anyMatch(o -> o.type == EventType.TERRITORY_CAPTURED && o.status != null && o.status.counted());
  }

  /**
   * "soldiers entered the village of Morsak looking for rebels and raped six women": forces that enter a place (noun
   * class {@code entry_verb}) to do violence to its people in the same sentence did not take it; the violence is the event.
   */
  static boolean isEntryForViolence(Draft d, List<Draft> sentence) {
    return d.type == EventType.TERRITORY_CAPTURED && NounClasses.standard().contains("entry_verb", String.join(" ", d.trigger.entry().lemmas()))
        && sentence.stream().anyMatch(o -> o != d && o.status != null && o.status.counted() && harmsCivilians(o)
            && (o.actor == null || d.actor == null || o.actor.actor().name().equals(d.actor.actor().name())));
  }

  private static boolean harmsCivilians(Draft o) {
    boolean civilians = o.target != null && o.target.actor().kind() == org.sitrep.model.ActorKind.CIVILIANS;
    return o.type == EventType.ATTACK_ON_CIVILIANS || o.trigger.entry().isCasualty() && civilians;
  }

  /**
   * "the factions agreed to dissolve and merge into state institutions": a development agreed to
   * is the development (a change to the groups), not an agreement beside it.
   */
  static boolean isAgreementToOtherChange(Draft d, List<Draft> sentence, DependencyGraph graph) {
    int head = d.trigger.head();
    return d.type == EventType.OTHER && sentence.stream().anyMatch(o -> o != d && o.type == EventType.OTHER
        && isAgreedTo(o, d, graph) && !isCessation(o));
  }

  /**
   * "The US and the Houthis agree to halt attacks": a halt of fighting two sides agree to is their agreement (a
   * ceasefire), told by the agreement (a trigger of noun class {@code cessation}).
   */
  static boolean isCeasefireAgreed(Draft d, List<Draft> sentence, DependencyGraph graph) {
    return d.type == EventType.OTHER && isCessation(d) && sentence.stream().anyMatch(o -> o != d && o.type == EventType.OTHER
        && isAgreedTo(d, o, graph) && "Agreement".equals(EventAssembler.subtypeOf(o)));
  }

  private static boolean isAgreedTo(Draft change, Draft agreement, DependencyGraph graph) {
    return graph.head(change.trigger.head()) == agreement.trigger.head() && graph.headRelation(change.trigger.head()).startsWith("xcomp");
  }

  private static boolean isCessation(Draft d) {
    return NounClasses.standard().contains("cessation", d.trigger.entry().lemmas().get(0));
  }

  /**
   * "40 activists were arrested by police in The Hague as they tried to block the motorway during a
   * climate protest": the arrest, dropped as the protest's intervention, often holds the sentence's
   * place; the protest takes it where it has none.
   */
  private static void lendPlaceToProtests(Draft arrest, List<Draft> sentence) {
    for (Draft protest : sentence) {
      if (protest.type == EventType.PROTEST && protest.location == null) {
        protest.location = arrest.location;
      }
    }
  }

  /**
   * "Police fired tear gas to break up the gathering and arrested about 40 people": arrests told
   * with a protest are its intervention (ACLED's "Protest with intervention"), not an event beside it.
   */
  static boolean isInterventionInProtest(Draft d, List<Draft> sentence) {
    // "arrested 26 supporters at the venue of a planned rally": a protest that did not take place had no intervention
    return d.type == EventType.ARREST && sentence.stream().anyMatch(o -> o != d && o.type == EventType.PROTEST
        && (o.status == null || o.status.counted()));
  }

  /**
   * "killed 12 villagers and torched their homes", "clashed with troops and destroyed two tanks":
   * looting, destruction and seized weapons told with the violence are part of that one event (as
   * ACLED codes them); agreements and changes to a group stay events of their own.
   */
  static boolean isSideEffectOfViolence(Draft d, List<Draft> sentence, DependencyGraph graph) {
    if (d.type != EventType.OTHER || !SIDE_EFFECTS.contains(EventAssembler.subtypeOf(d))) {
      return false;
    }
    // "established a camp ..., without clashes with security forces": fighting denied is no violence;
    // "fighters, who have controlled the area since December, set up a command post": who holds what is no violence;
    // "Asked about attacks on fishermen, the minister said fighters had established a camp": nor is what was asked about
    return sentence.stream().anyMatch(o -> o != d && o.status != EventStatus.DENIED && !describesAPlace(o, graph)
        && !isWhatIsAskedAbout(o, graph) && (o.trigger.entry().isCasualty()
        || Violence.FIGHTING.contains(o.type) && !CasualtyAttacher.onlyWithToll(o)));
  }

  /** "Asked by the member for Bol about attacks on fishermen": the topic of a question, not violence the answer tells. */
  private static boolean isWhatIsAskedAbout(Draft d, DependencyGraph graph) {
    int head = d.trigger.head();
    return graph.headRelation(head).endsWith(":about") && graph.head(head) >= 0
        && NounClasses.standard().contains("question_verb", TriggerMatcher.lemma(graph.token(graph.head(head))));
  }

  /**
   * "Soldiers raid a farmhouse outside Esmeraldas and seize a cache of 40 rifles": a raid by the security forces that
   * hurt no one is the search that found the weapons; ACLED codes the seizure (a trigger of noun class
   * {@code search_raid}). A raid that killed or a raid by a group is the violence itself.
   */
  static boolean isTheSearchBehindASeizure(Draft d, List<Draft> sentence) {
    boolean search = d.type == EventType.BATTLE && d.actor != null && SECURITY_FORCES.contains(d.actor.actor().kind())
        && NounClasses.standard().contains("search_raid", d.trigger.entry().lemmas().get(0));
    boolean harm = sentence.stream().anyMatch(o -> o.fatalities != null || o.injured != null || o.trigger.entry().isCasualty());
    return search && !harm && sentence.stream().anyMatch(o -> o.type == EventType.OTHER && o.status != EventStatus.DENIED
        && "Disrupted weapons use".equals(EventAssembler.subtypeOf(o)));
  }

  private static final Set<org.sitrep.model.ActorKind> SECURITY_FORCES =
      Set.of(org.sitrep.model.ActorKind.STATE_MILITARY, org.sitrep.model.ActorKind.STATE_POLICE);

  private static final List<TsvResource.Row> SIDE_EFFECT_ROWS =
      TsvResource.read(EventExtractor.class, "side-effects.tsv");
  private static final Set<String> SIDE_EFFECTS =
      Set.copyOf(SIDE_EFFECT_ROWS.stream().map(r -> r.get("subtype")).toList());
  private static final Set<String> DISRUPTING = Set.copyOf(
      SIDE_EFFECT_ROWS.stream().filter(r -> r.get("disrupts").equals("yes")).map(r -> r.get("subtype")).toList());



  /**
   * "The army said in a statement that its units had withdrawn": the statement is how the news was
   * told; the withdrawal told in it is the event. So is an event noun a statement verb takes as its
   * object ("declared a state of emergency").
   */
  /**
   * "the state of emergency declared by the government on Monday": a statement verb describing an event noun (acl)
   * tells who declared it; the event is the noun's, with the statement's actor. The parser also hangs such a participle
   * loosely (dep) on the clause's verb, right after the noun. Empty when d is no such statement.
   */
  private static java.util.Optional<Draft> declaredBy(Draft d, List<Draft> sentence, DependencyGraph graph) {
    int verb = d.trigger.head();
    boolean describes = graph.headRelation(verb).equals("acl");
    boolean loose = graph.headRelation(verb).equals("dep") && "VBN".equals(graph.token(verb).pos());
    if (d.type != EventType.STATEMENT || d.trigger.entry().pos() != 'V' || !describes && !loose) {
      return java.util.Optional.empty();
    }
    int noun = describes ? graph.head(verb) : verb - 1;
    return sentence.stream().filter(o -> o != d && o.type != EventType.STATEMENT && o.trigger.entry().pos() == 'N'
        && o.trigger.first() <= noun && noun <= o.trigger.last()).findFirst();
  }

  static boolean isOnlyTheMedium(Draft d, List<Draft> sentence, DependencyGraph graph) {
    if (d.type != EventType.STATEMENT) {
      return false;
    }
    if (d.trigger.entry().pos() == 'N' && graph.headRelation(d.trigger.head()).startsWith("obl")) {
      return sentence.stream().anyMatch(o -> o != d && o.type != EventType.STATEMENT);
    }
    // "declared a state of emergency", "announced a curfew": what is declared is the event
    if (sentence.stream().anyMatch(o -> o != d && o.type != EventType.STATEMENT && o.trigger.entry().pos() == 'N'
        && isObjectOf(o.trigger, d.trigger.head(), graph)) || declaredBy(d, sentence, graph).isPresent()) {
      return true;
    }
    // "IS claimed responsibility for Friday's suicide bombing", "the RSF accused the army of
    // dropping canisters of gas": a claim or accusation (noun class blame_statement) is how the
    // counted event inside it is told; a call for a ceasefire stays a statement
    if (!NounClasses.standard().contains("blame_statement", d.trigger.entry().lemmas().get(0))) {
      return false;
    }
    List<Integer> told = graph.subtree(d.trigger.head());
    return sentence.stream().anyMatch(o -> o != d && o.type != EventType.STATEMENT && o.status != null && o.status.counted()
        && told.contains(o.trigger.head()));
  }

  /** Whether a word of the trigger ("state" of "state of emergency") is the verb's object. */
  private static boolean isObjectOf(TriggerMatch trigger, int verb, DependencyGraph graph) {
    for (int t = trigger.first(); t <= trigger.last(); t++) {
      if (graph.head(t) == verb && "obj".equals(graph.headRelation(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the ADF, a group that has pledged allegiance to Islamic State": a development told in a relative clause describes a
   * party. One the clause dates is news of its own ("a new armed group formed in Tanguieta in April", "an agreement
   * signed in Juba on Friday").
   */
  static boolean describesAnActor(Draft d, DependencyGraph graph) {
    return d.type == EventType.OTHER && graph.headRelation(d.trigger.head()).startsWith("acl") && !datedInItsClause(graph, d.trigger.head());
  }

  /** A month or weekday name in the clause itself ("formed in Tanguieta in April"), not elsewhere in the sentence. */
  private static boolean datedInItsClause(DependencyGraph graph, int head) {
    org.sitrep.time.CalendarWords calendar = org.sitrep.time.CalendarWords.defaults();
    return graph.subtree(head).stream().anyMatch(t -> calendar.isMonthOrWeekdayName(graph.token(t).word()));
  }

  /**
   * "Sake, a town that controls the last open road": control told in the present tense of a
   * relative clause is a standing fact about a place or party, not a change of hands ("the town
   * that fell last week" is one, and stays). A verb of standing control (noun class
   * {@code standing_control}: "control") reports a capture in a headline's present tense ("SDF
   * control al-Mansoura town", "advance and control a village", "after controlling Afrin"); its
   * past and participle describe who holds what ("regime forces controlled areas", "areas
   * controlled by the regime").
   */
  static boolean describesAPlace(Draft d, DependencyGraph graph) {
    if (d.type != EventType.TERRITORY_CAPTURED) {
      return false;
    }
    String tag = graph.token(d.trigger.head()).pos();
    boolean present = "VBZ".equals(tag) || "VBP".equals(tag);
    if (present && graph.headRelation(d.trigger.head()).startsWith("acl")) {
      return true;
    }
    boolean pastOrParticiple = "VBD".equals(tag) || "VBN".equals(tag);
    return pastOrParticiple && NounClasses.standard().contains("standing_control", TriggerMatcher.lemma(graph.token(d.trigger.head())));
  }

  /**
   * "shot down drones launched by Russia", "foiling a planned attack": the launch or attack below it
   * was stopped. The dead of the disruption itself were not spared: "foiled an IS attack, killing 27
   * IS members" (a casualty verb hanging right on the disrupting verb, or a participle after a comma).
   */
  static boolean isStoppedByDisruption(Draft d, List<Draft> sentence, DependencyGraph graph) {
    List<Integer> above = graph.ancestors(d.trigger.head());
    return sentence.stream().anyMatch(o -> o != d && o.type == EventType.OTHER && governs(o, above, graph)
        && DISRUPTING.contains(EventAssembler.subtypeOf(o)) && !isOutcomeOf(d, o, graph) && !isDoneByAWeapon(o, sentence, graph));
  }

  /**
   * "An improvised explosive device destroys an army truck; nine soldiers were killed": a verb whose subject is the
   * weapon of another event in the sentence tells what the weapon did, and stops nothing.
   */
  private static boolean isDoneByAWeapon(Draft disruption, List<Draft> sentence, DependencyGraph graph) {
    int verb = disruption.trigger.head();
    return sentence.stream().anyMatch(w -> w != disruption && graph.head(w.trigger.head()) == verb
        && graph.headRelation(w.trigger.head()).equals("nsubj"));
  }

  /**
   * Whether the disruption's verb is above the trigger, or the verb it is joined to is: "engineers found and defused
   * two IEDs placed under a bridge", where the parse hangs what both verbs act on under the first.
   */
  private static boolean governs(Draft disruption, List<Integer> above, DependencyGraph graph) {
    int verb = disruption.trigger.head();
    return above.contains(verb) || graph.headRelation(verb).startsWith("conj") && above.contains(graph.head(verb));
  }

  private static boolean isOutcomeOf(Draft casualty, Draft disruption, DependencyGraph graph) {
    if (!casualty.trigger.entry().isCasualty()) {
      return false;
    }
    int word = casualty.trigger.head();
    String relation = graph.headRelation(word);
    boolean onTheVerb = graph.head(word) == disruption.trigger.head()
        && (relation.equals("dep") || relation.startsWith("advcl") || relation.startsWith("conj"));
    // "thwarted an attack on the base, killing 12 militants": a participle set off by a comma tells
    // what the sentence's subject did, wherever the parser hung it
    boolean setOff = "VBG".equals(graph.token(word).pos()) && word > 0 && ",".equals(graph.token(word - 1).word());
    return onTheVerb || setOff;
  }

}

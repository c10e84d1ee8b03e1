package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.quantity.QuantityMention;
import org.sitrep.time.CalendarWords;

/**
 * How many the trigger's count role names: a number under the role word ("killed 12 people"), the
 * sum of victims listed one by one ("a woman and two of her children" = 3), or one for a single
 * person named in the singular ("a Turkish soldier was killed").
 */
final class VictimCount {
  private static final RelationPattern CONJUNCT = RelationPattern.parse("conj:*");
  private static final RelationPattern DETERMINER = RelationPattern.parse("det");
  private static final RelationPattern DETERMINER_OR_NUMBER = RelationPattern.parse("det,nummod");
  private static final Set<String> NOT_ONE = Set.of("no", "every", "each", "any", "some");
  private final DependencyGraph graph;
  private final ArgumentBinder binder;

  VictimCount(DependencyGraph graph, ArgumentBinder binder) {
    this.graph = graph;
    this.binder = binder;
  }

  /**
   * "7 civilians were killed and 9 injured": a number standing right before a casualty participle and hung on it is its
   * count, though the parser also hands the participle the first verb's subject.
   */
  private Optional<QuantityMention> numberJustBefore(TriggerMatch match) {
    int before = match.first() - 1;
    boolean casualty = match.entry().isCasualty() && match.entry().pos() == 'V';
    if (!casualty || before < 0 || !"CD".equals(graph.token(before).pos()) || graph.head(before) != match.head()) {
      return Optional.empty();
    }
    return binder.quantityAmong(Set.of(before));
  }

  /** Sets the draft's count (fatalities, injured or displaced) and the victims it was read from. */
  void bind(TriggerMatch match, TriggerEntry.Roles roles, Draft d) {
    if (countsTheInjuredToo(match)) {
      return;
    }
    if (match.entry().countField() == null) {
      countKilledToDeath(match, d);
      return;
    }
    Optional<QuantityMention> own = numberJustBefore(match);
    if (own.isPresent()) {
      d.setCount(match.entry().countField(), own.get().q());
      return;
    }
    List<Integer> all = binder.roleTokens(match, roles.count()).stream()
        .filter(t -> !isAnotherToll(graph, t, match.head()) && !isADay(t)).toList();
    // a share ("one of them") yields to the people it is a share of; with none counted ("kills 4 of them") it is the count
    List<Integer> tokens = new java.util.ArrayList<>(all.stream().filter(t -> !isAShareOfThem(t)).toList());
    all.stream().filter(this::isAShareOfThem).forEach(tokens::add);
    boolean harm = !"displaced".equals(match.entry().countField()); // a named person counts among the dead and hurt only
    if (!tokens.isEmpty()) {
      Optional<Quantity> listed = coordinatedCount(tokens.get(0), harm);
      if (listed.isPresent()) {
        d.victimsText = graph.token(tokens.get(0)).word();
        d.victimsToken = tokens.get(0);
        d.setCount(match.entry().countField(), listed.get());
        return;
      }
    }
    for (int t : tokens) {
      Optional<QuantityMention> q = binder.quantityUnder(t);
      if (d.victimsText == null) {
        d.victimsText = graph.token(t).word();
      }
      if (q.isPresent()) {
        d.victimsToken = t;
        d.setCount(match.entry().countField(), q.get().q());
        d.shareCount = isAShareOfThem(t);
        return;
      }
    }
    if (!tokens.isEmpty() && isOnePerson(tokens.get(0), harm) && !isCoordinated(tokens.get(0))) {
      d.victimsToken = tokens.get(0);
      d.setCount(match.entry().countField(), new Quantity(1, true, null, null, graph.token(tokens.get(0)).word()));
      return;
    }
    countedNextToVerb(match, d, tokens);
  }

  /**
   * "forced 3,500 people to move to Mokolo between 8 and 13 June": a number that is a day of the month (tagged a date,
   * with a month name hung on it, or joined to such a day) counts no one.
   */
  private boolean isADay(int token) {
    return isDateNumber(token) || graph.children(token).stream()
        .anyMatch(c -> c.relation().startsWith("conj") && isDateNumber(c.dependent()));
  }

  private boolean isDateNumber(int token) {
    Token t = graph.token(token);
    return "CD".equals(t.pos()) && ("DATE".equals(t.ner()) || graph.children(token).stream()
        .anyMatch(c -> CalendarWords.defaults().isMonthName(graph.token(c.dependent()).word())));
  }

  /**
   * "Four people were killed, one of them a 16-year-old", parsed with "them" as the object of "killed": a share of
   * people counted elsewhere in the clause ("one of them", "most of them") is no count of the victims.
   */
  private boolean isAShareOfThem(int token) {
    return "PRP".equals(graph.token(token).pos()) && graph.children(token).stream().anyMatch(c -> c.relation().equals("det:qmod"));
  }

  /**
   * "Five civilians killed, 12 injured": a number that a participle of harm describes (noun class
   * {@code toll_participle}) is a toll of its own, which the parse may hang on the verb before it as an object.
   */
  static boolean isAnotherToll(DependencyGraph graph, int token, int trigger) {
    return graph.token(token).pos().equals("CD") && graph.children(token).stream().anyMatch(c -> c.relation().equals("amod")
        && c.dependent() != trigger
        && NounClasses.standard().contains("toll_participle", graph.token(c.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * "A mob beat a man to death", "stoned two women to death": a verb of violence that counts no one by itself kills
   * the people of its object when "to death" says so.
   */
  private void countKilledToDeath(TriggerMatch match, Draft d) {
    int verb = match.head();
    boolean toDeath = graph.children(verb).stream().anyMatch(c -> c.relation().equals("obl:to")
        && graph.token(c.dependent()).word().equalsIgnoreCase("death"));
    if (!toDeath || match.entry().pos() != 'V') {
      return;
    }
    for (int object : graph.dependents(verb, RelationPattern.parse("obj"))) {
      Optional<Quantity> q = coordinatedCount(object, true).or(() -> binder.quantityUnder(object).map(QuantityMention::q));
      if (q.isEmpty() && isOnePerson(object, true)) {
        q = Optional.of(new Quantity(1, true, null, null, graph.token(object).word()));
      }
      q.ifPresent(count -> d.setCount("fatalities", count));
      return;
    }
  }

  /** How far from a casualty or displacement verb its people may be ("displaced some 2,100 families"). */
  private static final int OBJECT_REACH = 6;
  /** Noun classes of the people a count after the verb must be about, by count field. */
  private static final Map<String, List<String>> PEOPLE_CLASSES = Map.of(
      "displaced", List.of("displaced"), "fatalities", List.of("person", "war_victim", "military"),
      "injured", List.of("person", "war_victim", "military"));

  /**
   * "Cyclone Freddy has displaced 508,244 people across southern Malawi, the department said", "the
   * massacre claims the lives of 8 citizens most of them from one family": the parser attached the
   * people elsewhere, so the count role found nothing. For a verb whose roles gave no count, a
   * figure right after it, or else right before it (no verb or comma between: "Between 250,000 and
   * 300,000 people fled"; not before the second of two verbs: "killing 18 persons and wounding a
   * large number of others"), that counts people of the right kind (noun classes: displaced people for
   * displacement; persons, war victims or armed forces for the dead and injured) is its count.
   */
  private void countedNextToVerb(TriggerMatch match, Draft d, List<Integer> roleTokens) {
    String field = match.entry().countField();
    if (field == null || !PEOPLE_CLASSES.containsKey(field) || match.entry().pos() != 'V' || d.count(field) != null) {
      return;
    }
    Optional<QuantityMention> q = peopleCounted(field, match.last() + 1, 1, roleTokens)
        .or(() -> bareFigureAfter(match, roleTokens))
        .or(() -> secondOfTwoVerbs(match) ? Optional.empty() : peopleCounted(field, match.first() - 1, -1, roleTokens));
    q.ifPresent(m -> d.setCount(field, m.q()));
  }

  /**
   * "killed 46 people ... and wounded six, a spokesman said": a figure standing alone right after a
   * casualty verb (then a comma, a conjunction, a preposition or the end) counts its people even
   * where the parser hung it elsewhere; only where the role named no one.
   */
  private Optional<QuantityMention> bareFigureAfter(TriggerMatch match, List<Integer> roleTokens) {
    int next = match.last() + 1;
    if (!roleTokens.isEmpty() || next >= graph.size()) {
      return Optional.empty();
    }
    // the figure starts right after the verb ("wounding about 20", "wounded about a dozen")
    Optional<QuantityMention> q = binder.quantityAmong(Set.of(next)).filter(m -> m.span().start() == graph.token(next).start());
    int after = next + 1;
    while (q.isPresent() && after < graph.size() && graph.token(after).end() <= q.get().span().end()) {
      after++;
    }
    boolean alone = after >= graph.size() || isJoiner(graph.token(after).pos());
    return alone ? q : Optional.empty();
  }

  private static boolean isJoiner(String tag) {
    return tag == null || tag.equals("CC") || tag.equals("IN") || !Character.isLetter(tag.charAt(0));
  }

  private boolean secondOfTwoVerbs(TriggerMatch match) {
    return match.first() > 0 && "CC".equals(graph.token(match.first() - 1).pos());
  }

  /**
   * A figure among the words from {@code from} in direction {@code step}, up to a verb or comma, that
   * counts people of the field's kind; only where the count role found no one or found them there.
   */
  private Optional<QuantityMention> peopleCounted(String field, int from, int step, List<Integer> roleTokens) {
    Set<Integer> words = new HashSet<>(graph.wordsBeside(from, step, OBJECT_REACH));
    // the role named people elsewhere ("ambushed 16 soldiers to kill them"): that is who, uncounted;
    // a role the parser filled with no people ("Flooding displaced ...") names no one
    List<Integer> rolePeople = roleTokens.stream().filter(t -> !isThingNoun(field, t)).toList();
    if (!rolePeople.isEmpty() && rolePeople.stream().noneMatch(words::contains)) {
      return Optional.empty();
    }
    boolean people = words.stream().anyMatch(t -> isPeople(field, t));
    return people ? binder.quantityAmong(words) : Optional.empty();
  }

  /** A common noun of no people class ("Flooding"); pronouns, names and "others" may be anyone. */
  private boolean isThingNoun(String field, int token) {
    String tag = graph.token(token).pos();
    boolean others = TriggerMatcher.lemma(graph.token(token)).equals("other");
    return tag != null && tag.startsWith("NN") && !tag.startsWith("NNP") && !others && !isPeople(field, token);
  }

  private boolean isPeople(String field, int token) {
    return PEOPLE_CLASSES.get(field).stream().anyMatch(c -> NounClasses.standard().contains(c, TriggerMatcher.lemma(graph.token(token))));
  }

  /**
   * "25 casualties and injuries", "12 dead and wounded": a noun's one figure shared with the injured
   * coordinated with it, who have no figure of their own, counts the dead and the wounded together,
   * so it is no death toll ("22 casualties and 53 injuries" is one).
   */
  private boolean countsTheInjuredToo(TriggerMatch match) {
    if (match.entry().pos() == 'V') {
      return false; // "killed and injured 7": two casualty drafts, forgotten together in CasualtyAttacher
    }
    for (int c : graph.dependents(match.head(), CONJUNCT)) {
      boolean injured = NounClasses.standard().contains("injury", TriggerMatcher.lemma(graph.token(c)));
      if (injured && binder.quantityAmong(Set.copyOf(graph.subtree(c))).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a woman and two of her children were killed": the victims listed one by one add up (1 + 2),
   * when every item has an exact count or names one person; otherwise there is no sum.
   */
  private Optional<Quantity> coordinatedCount(int head, boolean names) {
    List<Integer> items = new ArrayList<>(List.of(head));
    items.addAll(graph.dependents(head, CONJUNCT));
    if (items.size() < 2) {
      return Optional.empty();
    }
    items = itemsOfTheSameHarm(items);
    if (items.size() == 1) { // "two soldiers dead and four wounded": the first item's own count
      return binder.quantityAmong(ownWords(head)).map(QuantityMention::q);
    }
    long sum = 0;
    boolean exact = true;
    Set<QuantityMention> seen = new HashSet<>();
    for (int item : items) {
      Optional<QuantityMention> q = binder.quantityAmong(ownWords(item));
      if (q.isPresent() && !seen.add(q.get())) {
        return Optional.empty(); // "between 7,000 and 9,500": one range, not two counts
      } else if (q.isPresent()) {
        // "Seven soldiers and at least eleven RSF fighters": a lower bound makes the sum one too
        sum += q.get().q().value();
        exact &= q.get().q().exact();
      } else if (isOnePerson(item, names)) {
        sum++;
      } else {
        return Optional.empty();
      }
    }
    int last = items.get(items.size() - 1);
    Span text = new Span(graph.token(Math.min(head, last)).start(), binder.subtreeSpan(last).end());
    return Optional.of(new Quantity(sum, exact, null, null, graph.sentenceText(text)));
  }

  /** An item's words without those of the items coordinated with it. */
  private Set<Integer> ownWords(int item) {
    Set<Integer> own = new HashSet<>(graph.subtree(item));
    graph.dependents(item, CONJUNCT).forEach(c -> own.removeAll(graph.subtree(c)));
    return own;
  }

  /**
   * "left two soldiers dead and four wounded": the list stops at the first item that names a harm of its own
   * (noun class {@code injury}) the first item does not share; the wounded are no more dead.
   */
  private List<Integer> itemsOfTheSameHarm(List<Integer> items) {
    if (hasInjuryWord(items.get(0))) {
      return items;
    }
    for (int i = 1; i < items.size(); i++) {
      if (hasInjuryWord(items.get(i))) {
        return items.subList(0, i);
      }
    }
    return items;
  }

  private boolean hasInjuryWord(int item) {
    return ownWords(item).stream().anyMatch(t -> NounClasses.standard().contains("injury", TriggerMatcher.lemma(graph.token(t))));
  }

  /**
   * "A Turkish soldier was killed", "the commander died": a singular noun naming one person
   * (noun class individual), not under "no"/"every"/"any", is one. With {@code names}, for the dead and the hurt, so
   * is a named person; not for the displaced ("Jones fled on foot when officers arrived" is no flight from conflict).
   */
  private boolean isOnePerson(int token, boolean names) {
    Token t = graph.token(token);
    // "Private Oleksii Marchenko, 27, who died in hospital": one named person, the one harmed (not "the massacre of Jabal
    // Dwila", a village the tagger took for a person and a noun's modifier)
    if (names && "NNP".equals(t.pos()) && "PERSON".equals(t.ner()) && !graph.headRelation(token).startsWith("nmod")) {
      return true;
    }
    // "he was killed outright": a singular person told by a pronoun is one victim too
    if (names && "PRP".equals(t.pos()) && NounClasses.standard().contains("one_person_pronoun", t.word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // the tagger reads "a civilian" as an adjective with a determiner
    boolean noun = "NN".equals(t.pos()) || "JJ".equals(t.pos()) && !graph.dependents(token, DETERMINER).isEmpty();
    if (!noun || !NounClasses.standard().contains("individual", TriggerMatcher.lemma(t))
        && !NounClasses.standard().contains("individual", hyphenated(token))) {
      return false;
    }
    return graph.dependents(token, DETERMINER_OR_NUMBER).stream()
        .noneMatch(det -> NOT_ONE.contains(graph.token(det).word().toLowerCase(Locale.ROOT))
            || graph.headRelation(det).equals("nummod"));
  }

  /** "passer-by", tokenized "passer - by" with "by" as the head: the word as written whole, without its hyphen. */
  private String hyphenated(int token) {
    if (token < 2 || !graph.token(token - 1).word().equals("-")) {
      return "";
    }
    return (graph.token(token - 2).word() + graph.token(token).word()).toLowerCase(Locale.ROOT);
  }

  private boolean isCoordinated(int token) {
    return !graph.dependents(token, CONJUNCT).isEmpty() || graph.headRelation(token).startsWith("conj");
  }
}

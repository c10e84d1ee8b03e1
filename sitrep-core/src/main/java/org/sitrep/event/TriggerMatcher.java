package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.TitleCase;

/**
 * Finds lexicon triggers in a parsed sentence by lemma and part of speech. Phrases match
 * consecutive lemmas; the longest phrase at a position wins. A trigger with an object class
 * counts only when one of its dependents belongs to that class ("send troops", "drone strike"); a
 * place the place finder found belongs to the class "settlement", civilians the actor finder found
 * to the classes of people, armed groups it found to the class "group".
 */
final class TriggerMatcher {
  /** How far into a subject's or object's words the class check looks. */
  private static final int MAX_ARGUMENT_WORDS = 20;
  private final TriggerLexicon lexicon;
  private final NounClasses classes;

  TriggerMatcher(TriggerLexicon lexicon, NounClasses classes) {
    this.lexicon = lexicon;
    this.classes = classes;
  }

  /** Triggers outside names: "State" in "Islamic State" is no verb, "Advance" in a place name no event. */
  List<TriggerMatch> find(DependencyGraph graph, SentenceMentions names) {
    List<TriggerMatch> found = new ArrayList<>();
    boolean headline = isTitleCase(graph);
    int i = 0;
    while (i < graph.size()) {
      TriggerMatch best = insideName(graph.token(i), names) || (!headline && inQuotedTitle(graph, i)) ? null
          : bestAt(graph, i, headline, names);
      if (best == null) {
        i++;
      } else {
        found.add(best);
        i = best.last() + 1;
      }
    }
    return found;
  }

  private static boolean insideName(Token t, SentenceMentions names) {
    Span span = new Span(t.start(), t.end());
    // generic phrases may hold the trigger ("Israeli air strikes"); names of groups never do
    return names.actors().stream().anyMatch(m -> m.actor().id() != null && m.span().overlaps(span))
        || names.places().stream().anyMatch(m -> m.span().overlaps(span));
  }

  private static final java.util.Set<String> QUOTES = java.util.Set.of("``", "''", "\"", "\u201c", "\u201d");

  /**
   * "opening with their anthem "Ambush at Midnight"": a capitalised word inside quotation marks,
   * not at the sentence's or the quotation's start, names a title (a song, a film, a book), not an event.
   */
  private static boolean inQuotedTitle(DependencyGraph graph, int i) {
    String word = graph.token(i).word();
    if (i == 0 || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int open = -1;
    for (int k = 0; k < i; k++) {
      if (QUOTES.contains(graph.token(k).word())) {
        open = open < 0 ? k : -1;
      }
    }
    return open >= 0 && open < i - 1 || open >= 0 && open == i - 1 && titleGoesOn(graph, i);
  }

  /** A quotation opening with the word goes on with another capitalised word before it closes ("Ambush at Midnight"). */
  private static boolean titleGoesOn(DependencyGraph graph, int i) {
    for (int k = i + 1; k < graph.size() && !QUOTES.contains(graph.token(k).word()); k++) {
      String w = graph.token(k).word();
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A headline in title case: most words capitalised, so proper-noun tags say nothing. */
  private static boolean isTitleCase(DependencyGraph graph) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      words.add(graph.token(i).word());
    }
    return TitleCase.of(words, 4);
  }

  private TriggerMatch bestAt(DependencyGraph graph, int start, boolean headline, SentenceMentions names) {
    TriggerMatch best = null;
    boolean forbiddenPhrase = false;
    for (TriggerEntry entry : lexicon.startingWith(lemma(graph.token(start)))) {
      int last = start + entry.lemmas().size() - 1;
      boolean together = last < graph.size() && phraseMatches(graph, entry, start);
      if (!together && !hasParticleApart(graph, entry, start)) {
        continue;
      }
      last = together ? last : start;
      int head = entry.lemmas().size() == 1 || !together ? start
          : entry.pos() == 'V' ? verbHead(graph, start, last) : nounHead(graph, start, last);
      if (!posMatches(entry.pos(), graph.token(head), headline) || entry.commonNounOnly() && isCapitalised(graph.token(head))) {
        continue;
      }
      if (!licensed(graph, entry, head, names)) {
        // "fired into the air": a phrase its context forbids is an idiom, and its first word no trigger either
        forbiddenPhrase |= together && entry.lemmas().size() > 1 && entry.forbidsByClass();
        continue;
      }
      // the longest phrase wins; of equal ones, the first row
      if (best == null || entry.lemmas().size() > best.entry().lemmas().size()) {
        best = new TriggerMatch(entry, head, start, last);
      }
    }
    return forbiddenPhrase && best != null && best.entry().lemmas().size() == 1 ? null : best;
  }

  /**
   * A verb phrase's head: its first verb ("detonated" in "safely detonated"), else its first word; of a passive
   * ("been moved", a phrase that opens with "be") its last verb.
   */
  private static int verbHead(DependencyGraph graph, int start, int last) {
    if (lemma(graph.token(start)).equals("be")) {
      for (int i = last; i > start; i--) {
        String tag = graph.token(i).pos();
        if (tag != null && tag.startsWith("VB")) {
          return i;
        }
      }
    }
    for (int i = start; i <= last; i++) {
      String tag = graph.token(i).pos();
      if (tag != null && tag.startsWith("VB")) {
        return i;
      }
    }
    return start;
  }

  /**
   * A noun phrase's head: its last noun ("sit" in "sit - in", split at the hyphen), else its last word; in a phrase
   * "X of Y" the noun before "of" ("state" in "declared a state of emergency", the object of the verb).
   */
  private static int nounHead(DependencyGraph graph, int start, int last) {
    for (int i = start + 1; i < last; i++) {
      if (graph.token(i).word().equalsIgnoreCase("of") && graph.token(i - 1).pos() != null && graph.token(i - 1).pos().startsWith("NN")) {
        return i - 1;
      }
    }
    for (int i = last; i >= start; i--) {
      String tag = graph.token(i).pos();
      if (tag != null && tag.startsWith("NN")) {
        return i;
      }
    }
    return last;
  }

  /**
   * "blew himself up", "blew the bridge up": a phrasal verb whose particle stands after its
   * object, hung on the verb as its particle (compound:prt); a verb and noun phrase whose noun
   * is the verb's object with words between ("traded small-arms and mortar fire"); and a verb and
   * adjective or noun phrase whose last word completes the verb after its object ("made it safe", "made the school
   * their headquarters").
   */
  private static boolean hasParticleApart(DependencyGraph graph, TriggerEntry entry, int start) {
    if (entry.pos() != 'V' || entry.lemmas().size() != 2) {
      return false;
    }
    String particle = entry.lemmas().get(1);
    // "forced hundreds of families out of the hills": the particle parsed as the first word of "out of"
    // "traded small-arms and mortar fire", "opened heavy fire": the phrase's noun is the verb's object, words apart
    // "made it safe", "made it their headquarters": the phrase's adjective or noun completes the verb after its object
    return graph.children(start).stream().anyMatch(d -> (d.relation().equals("compound:prt") || d.relation().equals("obj")
            || d.relation().equals("xcomp") && !String.valueOf(graph.token(d.dependent()).pos()).startsWith("VB"))
        && d.dependent() > start + 1 && particle.equals(lemma(graph.token(d.dependent()))) || d.relation().equals("obl:" + particle + "_of"));
  }

  private static boolean phraseMatches(DependencyGraph graph, TriggerEntry entry, int start) {
    for (int k = 1; k < entry.lemmas().size(); k++) {
      if (!entry.lemmas().get(k).equals(lemma(graph.token(start + k)))) {
        return false;
      }
    }
    return true;
  }

  /** "March" is the month wherever it is capitalised; "the march" is a protest. */
  private static boolean isCapitalised(Token token) {
    return !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0));
  }

  /** Title-case headlines are tagged NNP throughout, so there a proper-noun tag fits either part of speech. */
  private static boolean posMatches(char pos, Token token, boolean headline) {
    String tag = token.pos() == null ? "" : token.pos();
    if (headline && tag.startsWith("NNP")) {
      return true;
    }
    if (pos == 'J') {
      return tag.startsWith("JJ"); // "left 1,600 people homeless"
    }
    return pos == 'V' ? tag.startsWith("VB") : tag.startsWith("NN");
  }

  /**
   * Whether the trigger's context fits its noun class: a dependent, the governor, or a word in the
   * subtree of its subject or object ("a convoy of trucks carrying food reached ..."). "!class"
   * forbids instead, looking at dependents and the governor ("a general strike", "went on strike").
   */
  private boolean licensed(DependencyGraph graph, TriggerEntry entry, int head, SentenceMentions names) {
    if (entry.lemmas().size() == 1 && takesAnIdiomObject(graph, head, entry.pos() == 'V' ? "obj" : "compound")) {
      return false;
    }
    String cls = entry.objectClass();
    if (cls == null) {
      return true;
    }
    if (entry.forbidsByClass()) {
      return !forbidden(graph, entry, head);
    }
    List<Integer> near = nearWords(graph, head, true);
    near.addAll(wordsRightAfter(graph, head));
    near.addAll(governorsSubject(graph, head));
    near.addAll(lostSubject(graph, head));
    // "protester+protest_aim": any of the classes licenses ("graduates gathered, demanding jobs"); "obj:displaced" only
    // by the verb's object ("Authorities moved 9,400 residents", not "residents moved for work")
    List<Integer> objects = graph.children(head).stream().filter(c -> c.relation().equals("obj")).map(Dependency::dependent).toList();
    return entry.classesNamed().stream().anyMatch(c -> TriggerEntry.objectOnly(c)
        ? fits(graph, TriggerEntry.nounClass(c), head, objects, names)
            && (!TriggerEntry.byArmedSubject(c) || NamedClassMembers.hasAnArmedSubject(graph, head, names))
        : fits(graph, TriggerEntry.nounClass(c), head, near, names) && (!TriggerEntry.needsACount(c) || countsPeople(graph, head)));
  }

  /** Whether the verb's subject or object carries a number ("2,600 residents have moved"). */
  private static boolean countsPeople(DependencyGraph graph, int head) {
    return graph.children(head).stream().filter(c -> c.relation().startsWith("nsubj") || c.relation().equals("obj"))
        .anyMatch(c -> graph.children(c.dependent()).stream().anyMatch(n -> n.relation().equals("nummod")));
  }

  /**
   * "took part in an assault", "Soldiers take cover behind an armoured vehicle": a one-word verb trigger whose object
   * makes an idiom with it (noun class {@code idiom_of_<verb>}, e.g. {@code idiom_of_take}) says nothing of what the
   * verb alone would; nor does a noun trigger with such a compound ("workers killed at a gold mine").
   */
  private boolean takesAnIdiomObject(DependencyGraph graph, int head, String relation) {
    String idioms = "idiom_of_" + lemma(graph.token(head));
    return graph.children(head).stream().anyMatch(c -> c.relation().equals(relation)
        && classes.contains(idioms, lemma(graph.token(c.dependent()))));
  }

  private boolean fits(DependencyGraph graph, String cls, int head, List<Integer> near, SentenceMentions names) {
    if (NamedClassMembers.isCountQuestion(cls)) { // its word "how" is for the prefilter: "how he came to power" asks no count
      return NamedClassMembers.asksHowManyCame(graph, head);
    }
    boolean fits = near.stream().anyMatch(t -> classes.contains(cls, lemma(graph.token(t))) || NamedClassMembers.isNamedMember(cls, graph.token(t), names))
        || NamedClassMembers.takesANamedSettlement(cls, graph, head, names) || NamedClassMembers.tellsOfAnArmedGroup(cls, names)
        || NamedClassMembers.takesAPersonPronoun(cls, graph, head);
    return fits && (!NamedClassMembers.needsAnArmedGroup(cls) || NamedClassMembers.namesAnArmedGroupNearby(cls, names));
  }

  /**
   * Whether a word of a forbidding class ("!labor", "!nonconflict+accident") stands near the trigger:
   * its dependents and governor, the compounds of where it happened ("at a fireworks warehouse"), what
   * its object is against, its subject's words. A weapon that is what the trigger tells of outweighs
   * them ("a car bomb exploded at a gas station"; "a fireball exploded with the energy of a small
   * bomb" names no such weapon).
   */
  private boolean forbidden(DependencyGraph graph, TriggerEntry entry, int head) {
    List<Integer> near = nearWords(graph, head, false);
    near.addAll(compoundsOf(graph, settingWords(graph, head)));
    near.addAll(settingOfItsVerb(graph, head));
    near.addAll(whatTheObjectIsAgainst(graph, head));
    near.addAll(subjectWords(graph, head));
    near.addAll(whatCausedIt(graph, head));
    // the trigger's own compounds and its subject's head with its compounds: what blew up
    List<Integer> what = graph.children(head).stream().filter(c -> c.relation().equals("nsubj")).map(Dependency::dependent)
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    if (graph.token(head).pos() == null || !graph.token(head).pos().startsWith("VB")) {
      what.add(head); // a verb ("is bombing the street with vouchers") is what was done, not what blew up
    }
    what.addAll(plantedSubjects(graph, head));
    what.addAll(compoundsOf(graph, what));
    if (what.stream().anyMatch(t -> ARMED_CLASSES.stream().anyMatch(c -> classes.contains(c, lemma(graph.token(t)))))) {
      return false;
    }
    List<String> classesNamed = entry.classesNamed();
    return near.stream().anyMatch(t -> classesNamed.stream().anyMatch(c -> classes.contains(c, lemma(graph.token(t)))));
  }

  /** "A bomb planted on a motorcycle has exploded", parsed with "planted" as the clausal subject: the bomb is what blew up. */
  private static List<Integer> plantedSubjects(DependencyGraph graph, int head) {
    return grandchildren(graph, head, "csubj", r -> r.equals("nsubj:pass"));
  }

  /** The dependents, by a relation {@code second} accepts, of the word's dependents by {@code first}. */
  private static List<Integer> grandchildren(DependencyGraph graph, int head, String first, java.util.function.Predicate<String> second) {
    List<Integer> words = new ArrayList<>();
    for (Dependency d : graph.children(head)) {
      if (d.relation().equals(first)) {
        graph.children(d.dependent()).stream().filter(c -> second.test(c.relation())).forEach(c -> words.add(c.dependent()));
      }
    }
    return words;
  }

  /** Noun class of weapons that no forbidding class outweighs (not "gas" or "device", which accidents share). */
  private static final List<String> ARMED_CLASSES = List.of("ordnance");

  /** "at a fireworks warehouse", "in a gas plant": the trigger's dependents that tell where (not "nerve agent attack"). */
  private static List<Integer> settingWords(DependencyGraph graph, int head) {
    return graph.children(head).stream().filter(d -> d.relation().startsWith("nmod:") || d.relation().startsWith("obl:"))
        .map(Dependency::dependent).toList();
  }

  /** "an explosion occurred in a storage tank at its plant": where the verb a subject trigger hangs on happened. */
  private static List<Integer> settingOfItsVerb(DependencyGraph graph, int head) {
    int verb = graph.head(head);
    if (verb < 0 || !graph.headRelation(head).startsWith("nsubj")) {
      return List.of();
    }
    List<Integer> words = new ArrayList<>(settingWords(graph, verb));
    words.addAll(compoundsOf(graph, words));
    return words;
  }

  /** "an explosion at a fireworks warehouse": the compound words of the given words. */
  private static List<Integer> compoundsOf(DependencyGraph graph, List<Integer> near) {
    List<Integer> words = new ArrayList<>();
    for (int w : near) {
      graph.children(w).stream().filter(c -> c.relation().equals("compound")).forEach(c -> words.add(c.dependent()));
    }
    return words;
  }

  /** "A stockpile of fireworks caught fire and exploded": the words of what exploded (a verb's subject). */
  private static List<Integer> subjectWords(DependencyGraph graph, int head) {
    List<Integer> words = new ArrayList<>();
    for (Dependency d : graph.children(head)) {
      if (d.relation().equals("nsubj")) {
        words.addAll(argumentWords(graph, d.dependent()));
      }
    }
    return words;
  }

  /** "A faulty oven valve caused the explosion": the subject of the verb whose object the trigger is. */
  private static List<Integer> whatCausedIt(DependencyGraph graph, int head) {
    int verb = graph.head(head);
    if (verb < 0 || !graph.headRelation(head).equals("obj")) {
      return List.of();
    }
    return subjectWords(graph, verb);
  }

  /** "fighting a losing battle against obesity": what the verb's object is against is what the verb is about. */
  private static List<Integer> whatTheObjectIsAgainst(DependencyGraph graph, int head) {
    return grandchildren(graph, head, "obj", r -> r.endsWith(":against"));
  }

  /** How many words after a verb its object may take ("established a new base"). */
  private static final int OBJECT_REACH = 4;

  /**
   * The words right after a verb, up to a comma or the next verb: where its object is even when the
   * parser attached it elsewhere ("fighters have established a new base in ..., officials said" is
   * parsed with "base" as the subject of "said"). Only licensing classes look here, never forbidding ones.
   */
  private static List<Integer> wordsRightAfter(DependencyGraph graph, int head) {
    String tag = graph.token(head).pos();
    return tag == null || !tag.startsWith("VB") ? List.of() : graph.wordsBeside(head + 1, 1, OBJECT_REACH);
  }

  /**
   * "a barrel bomb filled with chlorine gas was dropped on the town", parsed with the bomb as the subject of "filled"
   * and "dropped" with none: a passive verb with no subject of its own has it in the words right before it. Only
   * licensing classes look here.
   */
  private static List<Integer> lostSubject(DependencyGraph graph, int head) {
    String tag = graph.token(head).pos();
    boolean passive = "VBN".equals(tag) && graph.children(head).stream().anyMatch(d -> d.relation().equals("aux:pass"));
    // "... informs students that teaching was suspended as thousands of students and residents marched through Novi Sad",
    // with "marched" hung loose (dep) on "informs": a loose verb's subject is the words right before it too
    boolean loose = tag != null && tag.startsWith("VB") && "dep".equals(graph.headRelation(head));
    if (!passive && !loose || graph.children(head).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
      return List.of();
    }
    return graph.wordsBeside(head - 1, -1, OBJECT_REACH);
  }

  /**
   * "Tens of thousands of people, led by students, marched through Novi Sad": parsed with "marched"
   * hanging loose (dep) on "led" and no subject of its own, the verb's subject is its governor's.
   * Only licensing classes look here, and only for a verb with no subject of its own ("opened fire on
   * demonstrators gathered near the airport" lends "gathered" no subject: "demonstrators" is an object).
   */
  private static List<Integer> governorsSubject(DependencyGraph graph, int head) {
    String tag = graph.token(head).pos();
    boolean verb = tag != null && tag.startsWith("VB");
    int governor = graph.head(head);
    if (!verb || governor < 0 || !"dep".equals(graph.headRelation(head))
        || graph.children(head).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
      return List.of();
    }
    List<Integer> words = new ArrayList<>();
    graph.children(governor).stream().filter(d -> d.relation().startsWith("nsubj") && d.dependent() < head)
        .forEach(d -> words.addAll(argumentWords(graph, d.dependent())));
    return words;
  }

  /**
   * The trigger's dependents and governor; with {@code argumentSubtrees}, the first words of its
   * subject and object too, except under objects beside one that is itself a town or area: "seized
   * the town of Rubaya, home to coltan mines" seized a town, not mines.
   */
  private List<Integer> nearWords(DependencyGraph graph, int head, boolean argumentSubtrees) {
    List<Integer> words = new ArrayList<>();
    // an apposition to the town is often parsed as a second object ("the town of Rubaya, home to ...")
    boolean placeObject = graph.children(head).stream()
        .anyMatch(d -> d.relation().equals("obj") && classes.contains("settlement", lemma(graph.token(d.dependent()))));
    for (Dependency d : graph.children(head)) {
      words.add(d.dependent());
      boolean argument = d.relation().startsWith("nsubj") || d.relation().equals("obj") && !placeObject;
      if (argumentSubtrees && argument) {
        words.addAll(argumentWords(graph, d.dependent()));
      }
    }
    if (graph.head(head) >= 0) {
      words.add(graph.head(head)); // "the group's leader, Golani, stating"; "went on strike"
    }
    return words;
  }

  /** The first words of a subject's or object's subtree, as far as the class check looks. */
  private static List<Integer> argumentWords(DependencyGraph graph, int argument) {
    List<Integer> subtree = graph.subtree(argument);
    return subtree.subList(0, Math.min(subtree.size(), MAX_ARGUMENT_WORDS));
  }

  /** "19,000 ppl have left": shorthand read as the lemma of the word it stands for (word-aliases.tsv). */
  static String lemma(Token token) {
    String base = token.lemma() != null ? token.lemma() : token.word();
    String lower = base.toLowerCase(Locale.ROOT);
    return ShorthandWords.LEMMAS.getOrDefault(lower, lower);
  }
}

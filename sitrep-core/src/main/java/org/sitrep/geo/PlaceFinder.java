package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Finds toponyms in an article's cleaned text and resolves them to places in the article's context. */
public final class PlaceFinder {
  private static final Set<String> LOCATION_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  private static final Datelines DATELINES = new Datelines();
  /** How far past the filing place a dateline's closing dash may be. */
  private static final int MAX_DATELINE_TAIL = 60;
  /** Longest all-capitals word taken for an acronym rather than a town name. */
  private static final int MAX_ACRONYM_LENGTH = 3;
  private static final Set<String> OTHER_NER = Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "TITLE", "RELIGION", "IDEOLOGY");

  private final Gazetteer gazetteer;
  private final CompassRegions compass = new CompassRegions();
  private final ToponymScanner scanner;
  private final PlaceResolver resolver = new PlaceResolver();
  private final Set<String> stopWords = NameContext.keys("place-stoplist.tsv");
  private final NameContext context = new NameContext();

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.scanner = new ToponymScanner(gazetteer, compass);
  }

  /** A finder over {@link Gazetteer#standard()}. */
  public static PlaceFinder standard() {
    return new PlaceFinder(Gazetteer.standard());
  }

  /** Toponyms in the article, none overlapping {@code exclude}, each resolved in the article's context. */
  public List<PlaceMention> find(AnnotatedArticle article, List<Span> exclude) {
    String text = article.article().text();
    Set<String> lowercaseWords = CommonWords.lowercaseWords(text);
    List<Span> datelines = datelineZones(text);
    List<OneDecisionPerName.Candidate> candidates = new ArrayList<>();
    Set<String> personWords = PersonNames.of(article.sentences());
    for (Sentence s : sentencesOf(article, text)) {
      List<Span> words = ToponymScanner.words(text, s.start(), Math.min(s.end(), text.length()));
      boolean titleCase = NameContext.titleCase(text, words);
      for (Toponym t : scanner.scan(text, words)) {
        boolean hard = passesHardFilters(t, text, words, exclude)
            && !context.tailOfLongerName(t, text, words, titleCase, lowercaseWords, this::compassOrDemonym)
            && !CommonWords.inLowercaseElsewhere(t, lowercaseWords)
            && !CommonWords.taggedCommonWord(t, s);
        Set<String> ner = nerOf(s, t.span());
        boolean tagged = ner.stream().anyMatch(LOCATION_NER::contains);
        boolean other = !tagged && ner.stream().anyMatch(n -> OTHER_NER.contains(n) && !n.equals("ORGANIZATION"));
        boolean anchored = t.qualifierCountry() != null || t.qualifierAdmin1() != null
            || datelines.stream().anyMatch(d -> d.overlaps(t.span()));
        hard = hard && (anchored || !personsName(t, text, words, personWords, ner));
        candidates.add(new OneDecisionPerName.Candidate(t, hard, hard && acceptedHere(t, s, text, words, ner), tagged, other, anchored));
      }
    }
    List<OneDecisionPerName.Candidate> decided = OneDecisionPerName.decide(PlaceLists.spread(candidates, text));
    List<Toponym> accepted = decided.stream().map(OneDecisionPerName.Candidate::toponym).toList();
    List<Boolean> tagged = decided.stream().map(OneDecisionPerName.Candidate::nerTagged).toList();
    // names not taken as places ("the Minnesota State Chess Association") still tell the article's state
    Set<Toponym> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    taken.addAll(accepted);
    List<Toponym> notTaken = candidates.stream().map(OneDecisionPerName.Candidate::toponym).filter(t -> !taken.contains(t)).toList();
    List<GazetteerEntry> picks = accepted.isEmpty() ? List.of() : resolver.resolve(accepted, Map.of(), notTaken);
    Map<String, Integer> countries = countriesOf(picks);
    List<PlaceMention> mentions = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      Span span = accepted.get(i).span();
      GazetteerEntry pick = picks.get(i);
      if (!tagged.get(i) && isStray(pick, countries)) {
        continue;
      }
      boolean dateline = datelines.stream().anyMatch(d -> d.overlaps(span));
      mentions.add(new PlaceMention(span, pick.toPlace(accepted.get(i).text()), dateline));
    }
    return mentions;
  }

  /**
   * A small town, untagged by NER, that is the article's only place in its country while the
   * article's other places lie elsewhere, is far likelier a local place missing from the gazetteer
   * ("Kani township" in Myanmar read as Kani, Japan) than a real mention. Several small towns of one
   * country (US local news) keep each other.
   */
  private boolean isStray(GazetteerEntry pick, Map<String, Integer> countries) {
    boolean small = pick.kind() == EntryKind.CITY && pick.population() < resolver.weight("notable_population")
        && !pick.isCapital() && !pick.isDivisionSeat();
    boolean alone = countries.getOrDefault(pick.country(), 0) == 1;
    boolean elsewhere = countries.keySet().stream().anyMatch(c -> !c.equals(pick.country()));
    return small && alone && elsewhere;
  }

  /** How many of the article's places lie in each country. */
  private static Map<String, Integer> countriesOf(List<GazetteerEntry> picks) {
    Map<String, Integer> countries = new java.util.HashMap<>();
    for (GazetteerEntry e : picks) {
      if (e.country() != null) {
        countries.merge(e.country(), 1, Integer::sum);
      }
    }
    return countries;
  }

  /**
   * Whole wire datelines, from the filing place to the closing dash ("KYIV, Nov 28, 2024 (Reuters) —"):
   * neither the place, the date nor the agency in them says anything about events.
   */
  public static List<Span> datelineZones(String text) {
    List<Span> zones = new ArrayList<>();
    for (Span place : datelineSpans(text)) {
      int limit = Math.min(text.length(), place.end() + MAX_DATELINE_TAIL);
      int end = place.end();
      for (int i = place.end(); i < limit; i++) {
        char c = text.charAt(i);
        if (c == '\u2014' || c == '\u2013' || c == '-' && text.charAt(i - 1) == ' ') {
          end = i;
          break;
        }
      }
      zones.add(new Span(place.start(), end));
    }
    return zones;
  }

  /**
   * The filing-place part of each wire dateline at a paragraph start ("HAMA, Syria" in "HAMA, Syria,
   * Dec 5 (Reuters) —"): where the report was written, not where events happened.
   */
  public static List<Span> datelineSpans(String text) {
    return text == null ? List.of() : DATELINES.placeSpans(text);
  }

  /** One name resolved alone; {@code countryIso3Hint} (may be null) is treated as the article's focus. */
  public Optional<Place> resolve(String name, String countryIso3Hint) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String text = name.strip();
    List<Toponym> found = scanner.scan(text, ToponymScanner.words(text, 0, text.length())).stream()
        .filter(t -> t.span().start() == 0).toList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> hint = countryIso3Hint == null ? Map.of() : Map.of(countryIso3Hint, 1000);
    GazetteerEntry pick = resolver.resolve(List.of(found.get(0)), hint).get(0);
    return Optional.of(pick.toPlace(found.get(0).text()));
  }

  public Optional<Place> country(String iso3) {
    return gazetteer.country(iso3).map(e -> e.toPlace(e.name()));
  }

  /** ISO3 for a country name, alias or English demonym ("Syria", "Syrian", "U.S."). */
  public Optional<String> countryIso3(String nameOrDemonym) {
    return gazetteer.lookup(nameOrDemonym).stream().filter(e -> e.kind() == EntryKind.COUNTRY)
        .map(GazetteerEntry::country).findFirst().or(() -> gazetteer.demonymCountry(nameOrDemonym));
  }

  /** Rules no other mention of the name can overrule: excluded spans, stop words, demonyms, organisation heads. */
  private boolean passesHardFilters(Toponym t, String text, List<Span> words, List<Span> exclude) {
    if (exclude.stream().anyMatch(x -> x.overlaps(t.span()))) {
      return false;
    }
    if (t.candidates().stream().allMatch(e -> e.kind() == EntryKind.REGION) && t.text().contains(" ")) {
      return true;
    }
    String key = t.text().toLowerCase(Locale.ROOT);
    return !stopWords.contains(key) && gazetteer.demonymCountry(t.text()).isEmpty() && !context.followedByOrgHead(t, text, words)
        && !townAsAcronym(t) && !NameContext.currencyPrefix(t, text);
  }

  /**
   * A one-word name the article also uses inside a person's full name (PersonNames), here neither
   * tagged as a place nor after a locative cue ("in Georgia"): the person ("Georgia began skating").
   */
  private boolean personsName(Toponym t, String text, List<Span> words, Set<String> personWords, Set<String> ner) {
    return !t.text().contains(" ") && personWords.contains(NameKey.of(t.text()))
        && !context.afterLocativeCue(t, text, words);
  }

  private boolean compassOrDemonym(String word) {
    return compass.isCompassWord(word) || gazetteer.demonymCountry(word).isPresent();
  }

  /**
   * A short all-capitals word read only as a town ("SOS" as Sos, France) is an acronym: initialisms
   * that name countries or divisions ("US", "NSW") have their own entries and are not towns.
   */
  private static boolean townAsAcronym(Toponym t) {
    String name = t.text();
    boolean shortCaps = name.length() <= MAX_ACRONYM_LENGTH && name.chars().allMatch(Character::isUpperCase);
    return shortCaps && t.candidates().stream().allMatch(e -> e.kind() == EntryKind.CITY);
  }

  /** Whether this occurrence alone makes the name a toponym: NER's tag, notability, a qualifier, a locative cue. */
  private boolean acceptedHere(Toponym t, Sentence s, String text, List<Span> words, Set<String> ner) {
    if (t.candidates().stream().allMatch(e -> e.kind() == EntryKind.REGION) && t.text().contains(" ")) {
      return true;
    }
    if (ner.stream().anyMatch(LOCATION_NER::contains)) {
      return true;
    }
    if (ner.stream().anyMatch(OTHER_NER::contains)) {
      return misreadName(t, text, words, ner);
    }
    return notable(t) || t.qualifierCountry() != null || t.admin1Qualified() || (!s.parsed() && context.afterLocativeCue(t, text, words));
  }

  /**
   * NER reads many Arabic, Kurdish and African town names as people or organisations ("bombardment
   * on Duma", "clashes in Manbij"); a notable place right after a locative preposition, or right
   * before a settlement or event noun ("Khan Shaykhun massacre"), is taken all the same, as a person
   * or an organisation there is rare.
   */
  private boolean misreadName(Toponym t, String text, List<Span> words, Set<String> ner) {
    boolean personOrOrg = ner.stream().filter(OTHER_NER::contains).allMatch(n -> n.equals("PERSON") || n.equals("ORGANIZATION"));
    return personOrOrg && notable(t) && (context.afterLocativeCue(t, text, words) || context.beforePlaceHead(t, text, words)
        || context.divisionAfterDivisionWord(t, text, words));
  }

  private boolean notable(Toponym t) {
    double minPopulation = resolver.weight("notable_population");
    return t.candidates().stream().anyMatch(e -> e.kind() != EntryKind.CITY || e.population() >= minPopulation
        || e.isCapital() || e.isDivisionSeat());
  }

  private static Set<String> nerOf(Sentence s, Span span) {
    Set<String> tags = new HashSet<>();
    if (s.parsed()) {
      for (Token token : s.tokens()) {
        if (token.ner() != null && token.start() < span.end() && span.start() < token.end()) {
          tags.add(token.ner());
        }
      }
    }
    return tags;
  }

  private static List<Sentence> sentencesOf(AnnotatedArticle article, String text) {
    if (!article.sentences().isEmpty()) {
      return article.sentences();
    }
    return List.of(new Sentence(0, 0, text.length(), text, List.of(), List.of(), false));
  }
}

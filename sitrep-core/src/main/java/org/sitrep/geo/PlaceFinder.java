package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

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
  private final Set<String> stopWords = keys("place-stoplist.tsv");
  private final Set<String> orgHeads = union(keys("org-heads.tsv"), keys("disease-heads.tsv"));
  private final Set<String> locativeCues = keys("locative-cues.tsv");
  private final Set<String> placeHeads = keys("place-head-cues.tsv");
  private final Set<String> divisionWords = keys("admin1-words.tsv");


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
    Set<String> lowercaseWords = lowercaseWords(text);
    List<Span> datelines = datelineZones(text);
    List<OneDecisionPerName.Candidate> candidates = new ArrayList<>();
    for (Sentence s : sentencesOf(article, text)) {
      List<Span> words = ToponymScanner.words(text, s.start(), Math.min(s.end(), text.length()));
      for (Toponym t : scanner.scan(text, words)) {
        boolean hard = passesHardFilters(t, text, words, exclude) && !commonWord(t, lowercaseWords)
            && !taggedCommonWord(t, s);
        Set<String> ner = nerOf(s, t.span());
        boolean tagged = ner.stream().anyMatch(LOCATION_NER::contains);
        boolean other = !tagged && ner.stream().anyMatch(n -> OTHER_NER.contains(n) && !n.equals("ORGANIZATION"));
        boolean anchored = t.qualifierCountry() != null || t.qualifierAdmin1() != null
            || datelines.stream().anyMatch(d -> d.overlaps(t.span()));
        candidates.add(new OneDecisionPerName.Candidate(t, hard, hard && acceptedHere(t, s, text, words, ner), tagged, other, anchored));
      }
    }
    List<OneDecisionPerName.Candidate> decided = OneDecisionPerName.decide(PlaceLists.spread(candidates, text));
    List<Toponym> accepted = decided.stream().map(OneDecisionPerName.Candidate::toponym).toList();
    List<Boolean> tagged = decided.stream().map(OneDecisionPerName.Candidate::nerTagged).toList();
    List<GazetteerEntry> picks = accepted.isEmpty() ? List.of() : resolver.resolve(accepted, Map.of());
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
    return !stopWords.contains(key) && gazetteer.demonymCountry(t.text()).isEmpty() && !followedByOrgHead(t, text, words)
        && !townAsAcronym(t) && !currencyPrefix(t, text);
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
    return notable(t) || t.qualifierCountry() != null || t.admin1Qualified() || (!s.parsed() && afterLocativeCue(t, text, words));
  }

  /**
   * A one-word town name that the same article also writes in lowercase ("One" and "one", "Park" and
   * "park") is the common word capitalised at a sentence start or in a title, not the town; countries,
   * divisions and regions are exempt ("Turkey" and "turkey"), and so is a qualified name.
   */
  private static boolean commonWord(Toponym t, Set<String> lowercaseWords) {
    boolean towns = t.candidates().stream().allMatch(e -> e.kind() == EntryKind.CITY);
    boolean qualified = t.qualifierCountry() != null || t.qualifierAdmin1() != null || t.admin1Qualified();
    return towns && !qualified && !t.text().contains(" ") && lowercaseWords.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A one-word town name at a sentence start that the POS tagger reads as a common word ("Car bomb
   * kills 5", "Just as ...": NN, RB) is that word capitalised, not the town. Only at the start: inside
   * a sentence the tagger also tags unknown names NN ("bomb Afrin"). Countries, divisions, regions
   * and qualified names are exempt.
   */
  private static boolean taggedCommonWord(Toponym t, Sentence s) {
    boolean towns = t.candidates().stream().allMatch(e -> e.kind() == EntryKind.CITY);
    boolean qualified = t.qualifierCountry() != null || t.qualifierAdmin1() != null || t.admin1Qualified();
    if (!towns || qualified || t.text().contains(" ") || !s.parsed()) {
      return false;
    }
    List<Token> tokens = s.tokens().stream()
        .filter(k -> k.start() < t.span().end() && t.span().start() < k.end()).toList();
    boolean first = !tokens.isEmpty() && firstWordOf(s, tokens.get(0));
    return first && tokens.stream().allMatch(k -> k.pos() != null && !k.pos().startsWith("NNP")
        && !"LOCATION".equals(k.ner()));
  }

  /** The sentence's first word, quotes and brackets before it aside. */
  private static boolean firstWordOf(Sentence s, Token token) {
    for (Token k : s.tokens()) {
      if (k == token) {
        return true;
      }
      if (k.word().chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return false;
  }

  private static Set<String> lowercaseWords(String text) {
    Set<String> found = new HashSet<>();
    for (Span w : ToponymScanner.words(text, 0, text.length())) {
      if (Character.isLowerCase(text.charAt(w.start()))) {
        found.add(ToponymScanner.word(text, w));
      }
    }
    return found;
  }

  /**
   * NER reads many Arabic, Kurdish and African town names as people or organisations ("bombardment
   * on Duma", "clashes in Manbij"); a notable place right after a locative preposition, or right
   * before a settlement or event noun ("Khan Shaykhun massacre"), is taken all the same, as a person
   * or an organisation there is rare.
   */
  private boolean misreadName(Toponym t, String text, List<Span> words, Set<String> ner) {
    boolean personOrOrg = ner.stream().filter(OTHER_NER::contains).allMatch(n -> n.equals("PERSON") || n.equals("ORGANIZATION"));
    return personOrOrg && notable(t) && (afterLocativeCue(t, text, words) || beforePlaceHead(t, text, words)
        || divisionAfterDivisionWord(t, text, words));
  }

  /** "the State of Ohio", "the Province of Alberta": a division named after its division word. */
  private boolean divisionAfterDivisionWord(Toponym t, String text, List<Span> words) {
    List<Span> before = words.stream().filter(w -> w.end() <= t.span().start()).toList();
    if (before.size() < 2 || t.candidates().stream().noneMatch(e -> e.kind() == EntryKind.ADMIN1)) {
      return false;
    }
    String of = ToponymScanner.word(text, before.get(before.size() - 1));
    String division = ToponymScanner.word(text, before.get(before.size() - 2)).toLowerCase(Locale.ROOT);
    return of.equals("of") && divisionWords.contains(division);
  }

  /** "Khan Shaykhun massacre", "Azaz city": a settlement or event noun right after the name. */
  private boolean beforePlaceHead(Toponym t, String text, List<Span> words) {
    Optional<Span> next = words.stream().filter(w -> w.start() >= t.span().end()).findFirst();
    return next.isPresent() && text.substring(t.span().end(), next.get().start()).isBlank()
        && placeHeads.contains(ToponymScanner.word(text, next.get()).toLowerCase(Locale.ROOT));
  }

  private boolean notable(Toponym t) {
    double minPopulation = resolver.weight("notable_population");
    return t.candidates().stream().anyMatch(e -> e.kind() != EntryKind.CITY || e.population() >= minPopulation
        || e.isCapital() || e.isDivisionSeat());
  }

  private boolean followedByOrgHead(Toponym t, String text, List<Span> words) {
    Optional<Span> next = words.stream().filter(w -> w.start() >= t.span().end()).findFirst();
    return next.isPresent() && text.substring(t.span().end(), next.get().start()).isBlank()
        && orgHeads.contains(ToponymScanner.word(text, next.get()).toLowerCase(Locale.ROOT));
  }

  /** The word before the name is a locative cue, "the" aside ("in the DRC", "to the Vatican"). */
  private boolean afterLocativeCue(Toponym t, String text, List<Span> words) {
    Span previous = null;
    Span beforePrevious = null;
    for (Span w : words) {
      if (w.end() <= t.span().start()) {
        beforePrevious = previous;
        previous = w;
      }
    }
    if (previous != null && beforePrevious != null && ToponymScanner.word(text, previous).equalsIgnoreCase("the")) {
      previous = beforePrevious;
    }
    return previous != null && locativeCues.contains(ToponymScanner.word(text, previous).toLowerCase(Locale.ROOT));
  }

  /** "US$58 million", "A$2 billion": a country's short name written before a dollar sign is a currency. */
  private static boolean currencyPrefix(Toponym t, String text) {
    return t.span().end() < text.length() && text.charAt(t.span().end()) == '$';
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

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> keys(String file) {
    Set<String> set = new HashSet<>();
    TsvResource.cells("org/sitrep/geo/" + file).stream().map(r -> r[0].trim()).toList().forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
    return set;
  }
}

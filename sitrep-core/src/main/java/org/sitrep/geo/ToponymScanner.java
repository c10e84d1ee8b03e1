package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds place names in one stretch of text: runs of up to five capitalised words (Arabic articles
 * allowed inside, "Deir ez-Zor"), longest gazetteer match first, plus compass phrases ("eastern
 * Syria") and qualifiers ("Tripoli, Lebanon", "Homs province"). Acceptance is left to the caller.
 */
final class ToponymScanner {
  /** A word, or an initialism with its periods ("U.S.", "W.Va."), which would otherwise split into letters. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\p{Ll}{0,2}\\.)+|\\p{L}[\\p{L}\\p{M}'’\\-]*");
  private static final int MAX_WORDS = 5;
  /** "Texas-based", "Canada-wide": endings cut off a word so the place before them is looked up (place-suffixes.tsv). */
  private static final Set<String> PLACE_SUFFIXES = Set.copyOf(TsvResource.cells("org/sitrep/geo/place-suffixes.tsv")
      .stream().map(r -> r[0].trim().toLowerCase(Locale.ROOT)).toList());
  /** Words that open Arabic and Sahel place names ("Abu", "Umm", "Tal": name-heads.tsv), as name keys. */
  private static final Set<String> NAME_HEADS = TsvResource.cells("org/sitrep/geo/name-heads.tsv").stream()
      .map(row -> NameKey.of(row[0].trim())).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** "St." for Saint, "Mt." for Mount (name-abbreviations.tsv), keyed by the lowercase abbreviation. */
  private static final java.util.Map<String, String> NAME_ABBREVIATIONS = TsvResource.cells("org/sitrep/geo/name-abbreviations.tsv")
      .stream().collect(java.util.stream.Collectors.toMap(r -> r[0].trim().toLowerCase(Locale.ROOT), r -> r[1].trim()));
  /** Lowercase words inside names: Arabic articles, "del", "dos", "of" (name-connectors.tsv). */
  private static final Set<String> CONNECTORS = Set.copyOf(TsvResource.cells("org/sitrep/geo/name-connectors.tsv")
      .stream().map(r -> r[0].trim().toLowerCase(Locale.ROOT)).toList());

  private final Gazetteer gazetteer;
  private final CompassRegions compass;
  private final Abbreviations abbreviations = new Abbreviations();
  private final Set<String> admin1Words = lower(TsvResource.cells("org/sitrep/geo/admin1-words.tsv").stream().map(r -> r[0].trim()).toList());

  ToponymScanner(Gazetteer gazetteer, CompassRegions compass) {
    this.gazetteer = gazetteer;
    this.compass = compass;
  }

  /** Words of text[from, to) as spans, possessive "'s" cut off. */
  static List<Span> words(String text, int from, int to) {
    List<Span> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      int end = m.end();
      if (end - m.start() > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
        end -= 2;
      }
      while (end > m.start() + 1 && "-'’".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      int hyphen = text.lastIndexOf('-', end - 1);
      if (hyphen > m.start() && PLACE_SUFFIXES.contains(text.substring(hyphen + 1, end).toLowerCase(Locale.ROOT))) {
        end = hyphen;
      }
      words.add(new Span(m.start(), end));
    }
    return words;
  }

  List<Toponym> scan(String text, List<Span> words) {
    List<Toponym> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int at = i;
      Optional<Toponym> t = compassAt(text, words, at).or(() -> nameAt(text, words, at));
      if (t.isPresent()) {
        found.add(t.get());
        while (i < words.size() && words.get(i).start() < t.get().span().end()) {
          i++;
        }
      } else {
        i++;
      }
    }
    return found;
  }

  private Optional<Toponym> nameAt(String text, List<Span> words, int i) {
    if (!capitalised(text, words.get(i))) {
      return Optional.empty();
    }
    Optional<Toponym> abbreviation = abbreviationAt(text, words.get(i).start());
    if (abbreviation.isPresent()) {
      return abbreviation;
    }
    for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
      if (!joinable(text, words, i, n) || (n == 1 && compass.isCompassWord(word(text, words.get(i))))) {
        continue; // a compass word alone ("North", "Western") is never a place
      }
      Span span = new Span(words.get(i).start(), words.get(i + n - 1).end());
      List<GazetteerEntry> candidates = saintsDay(text, span, n) ? List.of() : lookup(text.substring(span.start(), span.end()), n);
      if (!candidates.isEmpty()) {
        return partOfALongerName(text, words, i + n, candidates) || headOfALongerName(text, words, i, n, candidates) ? Optional.empty()
            : Optional.ofNullable(qualified(text, words, i + n, span, candidates));
      }
    }
    return Optional.empty();
  }

  /** Below this population a town is no namesake worth reading into the first word of a longer name. */
  private static final long SMALL_TOWN = 20_000;

  /**
   * "Tal Rifaat", "Adan Yabaal": the first word of a capitalised name the gazetteer lacks is a small
   * town somewhere else (Tal in India). When only small towns bear the words found and the next word,
   * joined by a space, is capitalised and names no place itself, the words are part of that longer
   * name, not a place of their own.
   */
  private boolean partOfALongerName(String text, List<Span> words, int next, List<GazetteerEntry> candidates) {
    if (!capitalisedWordNext(text, words, next)) {
      return false;
    }
    boolean small = candidates.stream().allMatch(e -> e.kind() == EntryKind.CITY && e.population() < SMALL_TOWN);
    return small && gazetteer.lookup(word(text, words.get(next))).isEmpty();
  }

  /** "Abu Quta", "Umm Rawaba": a name's head word (name-heads.tsv) before another capitalised word is no town of its own. */
  private boolean headOfALongerName(String text, List<Span> words, int i, int n, List<GazetteerEntry> candidates) {
    return n == 1 && NAME_HEADS.contains(NameKey.of(word(text, words.get(i)))) && capitalisedWordNext(text, words, i + 1)
        && candidates.stream().allMatch(e -> e.kind() == EntryKind.CITY);
  }

  /** Whether word {@code next} is capitalised and follows the word before it after a single space. */
  private static boolean capitalisedWordNext(String text, List<Span> words, int next) {
    return next < words.size() && text.substring(words.get(next - 1).end(), words.get(next).start()).equals(" ")
        && capitalised(text, words.get(next));
  }

  /** "St. Patrick's Day", "St. Paul's Hospital": an abbreviated saint's name in the possessive is no town. */
  private static boolean saintsDay(String text, Span span, int words) {
    int period = text.indexOf('.', span.start());
    return words >= 2 && period > span.start() && period < span.end() && (text.startsWith("'s", span.end()) || text.startsWith("’s", span.end()))
        && NAME_ABBREVIATIONS.containsKey(text.substring(span.start(), period).toLowerCase(Locale.ROOT));
  }

  /** The name's entries; for "St. Paris" those of "Saint Paris" when the abbreviated form has none. */
  private List<GazetteerEntry> lookup(String name, int words) {
    List<GazetteerEntry> found = gazetteer.lookup(name);
    int period = name.indexOf('.');
    if (!found.isEmpty() || words < 2 || period < 0) {
      return found;
    }
    String spelled = NAME_ABBREVIATIONS.get(name.substring(0, period).toLowerCase(Locale.ROOT));
    return spelled == null ? found : gazetteer.lookup(spelled + name.substring(period + 1));
  }

  /** "Ill.", "W.Va.": a division abbreviation as written, with its period. */
  private Optional<Toponym> abbreviationAt(String text, int at) {
    return abbreviations.at(text, at, false).flatMap(a -> {
      List<GazetteerEntry> divisions = divisions(a);
      Span span = new Span(at, at + a.text().length());
      return divisions.isEmpty() ? Optional.empty() : Optional.of(new Toponym(span, a.text(), divisions, null, false));
    });
  }

  private List<GazetteerEntry> divisions(Abbreviations.Abbreviation a) {
    return gazetteer.lookup(a.divisionName()).stream()
        .filter(e -> e.kind() == EntryKind.ADMIN1 && a.iso3().equals(e.country())).toList();
  }

  private Optional<Toponym> compassAt(String text, List<Span> words, int i) {
    if (!compass.isCompassWord(word(text, words.get(i))) || i + 1 >= words.size()) {
      return Optional.empty();
    }
    for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 2; n--) {
      Span span = new Span(words.get(i).start(), words.get(i + n - 1).end());
      String phrase = text.substring(span.start(), span.end());
      List<GazetteerEntry> whole = gazetteer.lookup(phrase);
      List<GazetteerEntry> regions = whole.stream().filter(e -> e.kind() == EntryKind.REGION).toList();
      if (!regions.isEmpty() && joinable(text, words, i, n)) {
        return Optional.of(new Toponym(span, phrase, regions, null, false));
      }
      if (whole.stream().anyMatch(e -> e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.ADMIN1) && joinable(text, words, i, n)) {
        return Optional.empty(); // "South Sudan", "North Kivu": a country or division of that name, no side of another
      }
      String rest = text.substring(words.get(i + 1).start(), span.end());
      // every country the name may be ("eastern Congo"): the resolver picks by the article's focus
      List<GazetteerEntry> sides = gazetteer.lookup(rest).stream().filter(e -> e.kind() == EntryKind.COUNTRY)
          .flatMap(e -> gazetteer.countryInfo(e.country()).stream())
          .flatMap(c -> compass.region(word(text, words.get(i)), c, phrase).stream()).toList();
      if (!sides.isEmpty() && joinable(text, words, i + 1, n - 1) && capitalised(text, words.get(i + 1))) {
        return Optional.of(new Toponym(span, phrase, sides, null, false));
      }
    }
    return Optional.empty();
  }

  /**
   * Extends the match with "province"/"governorate", or notes a ", Country" or bracketed-path
   * qualifier after it; null when a bracketed path holds none of the name's candidates.
   */
  private Toponym qualified(String text, List<Span> words, int next, Span span, List<GazetteerEntry> candidates) {
    String name = text.substring(span.start(), span.end());
    if (next < words.size() && admin1Words.contains(word(text, words.get(next)).toLowerCase(Locale.ROOT))
        && text.substring(span.end(), words.get(next).start()).isBlank()) {
      Span longer = new Span(span.start(), words.get(next).end());
      return new Toponym(longer, text.substring(longer.start(), longer.end()), candidates, null, true);
    }
    if (next < words.size() && text.substring(span.end(), words.get(next).start()).trim().equals(",")) {
      Optional<GazetteerEntry> qualifier = qualifierAt(text, words, next, candidates);
      if (qualifier.isPresent()) {
        return qualifiedBy(span, name, candidates, qualifier.get());
      }
    }
    Optional<GazetteerEntry> path = bracketedPath(text, span.end());
    if (path.isEmpty()) {
      return new Toponym(span, name, candidates, null, false);
    }
    // a village the gazetteer lacks is no namesake on another continent: the path's own names place it
    List<GazetteerEntry> inside = candidates.stream().filter(c -> contains(path.get(), c)).toList();
    if (inside.isEmpty()) {
      return null;
    }
    return qualifiedBy(span, name, inside, path.get());
  }

  /** The name qualified by a country or first-level division ("Tripoli, Lebanon", "Mushu (Bokkos, Plateau)"). */
  private static Toponym qualifiedBy(Span span, String name, List<GazetteerEntry> candidates, GazetteerEntry area) {
    return new Toponym(span, name, candidates, area.country(), area.kind() == EntryKind.ADMIN1 ? area.admin1() : null, false);
  }

  /**
   * An admin path in brackets after the name, as conflict-data notes write it: "Mushu village
   * (Bokkos, Plateau)", "near Djibasso (Kossi, Boucle du Mouhoun)". Its last part, when it names
   * one first-level division or country (or one that holds a place the path names before it),
   * qualifies the name.
   */
  private Optional<GazetteerEntry> bracketedPath(String text, int end) {
    Matcher m = BRACKETED_PATH.matcher(text).region(end, Math.min(text.length(), end + MAX_PATH_CHARS));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String[] parts = m.group(1).split(",");
    String last = parts[parts.length - 1].trim();
    List<GazetteerEntry> areas = gazetteer.lookup(last).stream()
        .filter(e -> e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.ADMIN1).toList();
    if (areas.size() <= 1) {
      return areas.stream().findFirst();
    }
    // "(Bokkos, Plateau)": Plateau state of Nigeria, which holds Bokkos, not Benin's Plateau department
    List<GazetteerEntry> inner = new ArrayList<>();
    for (int k = 0; k < parts.length - 1; k++) {
      inner.addAll(gazetteer.lookup(parts[k].trim()));
    }
    List<GazetteerEntry> holding = areas.stream().filter(a -> inner.stream().anyMatch(e -> contains(a, e))).toList();
    return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
  }

  /** "(Kossi, Boucle du Mouhoun)" right after the name, or after one word such as "village" or "town". */
  private static final Pattern BRACKETED_PATH = Pattern.compile("\\s*(?:\\p{Ll}+\\s*)?\\(([^()]{2,80})\\)");
  private static final int MAX_PATH_CHARS = 100;

  /**
   * The country or division named after a comma: an abbreviation ("Ill.", "OH") or a name ("Lebanon",
   * "Ohio").
   */
  private Optional<GazetteerEntry> qualifierAt(String text, List<Span> words, int next, List<GazetteerEntry> candidates) {
    Optional<GazetteerEntry> abbreviated = abbreviations.at(text, words.get(next).start(), true).stream()
        .flatMap(a -> divisions(a).stream()).findFirst();
    if (abbreviated.isPresent()) {
      return abbreviated;
    }
    for (int n = Math.min(3, words.size() - next); n >= 1; n--) {
      String after = text.substring(words.get(next).start(), words.get(next + n - 1).end());
      // "Atlanta, Georgia": the reading that contains one of the candidates wins
      Optional<GazetteerEntry> named = gazetteer.lookup(after).stream()
          .filter(e -> e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.ADMIN1)
          .min(java.util.Comparator.comparing(e -> candidates.stream().anyMatch(c -> contains(e, c)) ? 0 : 1));
      if (named.isPresent() && joinable(text, words, next, n)) {
        return named;
      }
    }
    return Optional.empty();
  }

  private static boolean contains(GazetteerEntry area, GazetteerEntry place) {
    return area.country() != null && area.country().equals(place.country())
        && (area.kind() == EntryKind.COUNTRY || area.admin1() != null && area.admin1().equals(place.admin1()));
  }

  private static boolean joinable(String text, List<Span> words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      String gap = text.substring(words.get(k - 1).end(), words.get(k).start());
      boolean abbreviated = k == i + 1 && gap.startsWith(".") && gap.substring(1).equals(" ")
          && NAME_ABBREVIATIONS.containsKey(word(text, words.get(i)).toLowerCase(Locale.ROOT));
      if (!gap.isBlank() && !gap.equals("-") && !abbreviated) {
        return false;
      }
      Span w = words.get(k);
      boolean last = k == i + n - 1;
      if (!capitalised(text, w) && (last || !CONNECTORS.contains(word(text, w).toLowerCase(Locale.ROOT)))
          && !hyphenatedName(text, w)) {
        return false;
      }
    }
    return true;
  }

  /** "ez-Zor": a lowercase article joined by a hyphen to a capitalised word. */
  private static boolean hyphenatedName(String text, Span w) {
    int dash = text.indexOf('-', w.start());
    return dash > 0 && dash < w.end() - 1 && Character.isUpperCase(text.charAt(dash + 1));
  }

  /** Capitalised, or a lowercase Arabic article joined to a capitalised name ("al-Bab", "ad-Dana"). */
  static boolean capitalised(String text, Span w) {
    return Character.isUpperCase(text.charAt(w.start())) || articleJoined(text, w);
  }

  private static boolean articleJoined(String text, Span w) {
    return hyphenatedName(text, w)
        && CONNECTORS.contains(text.substring(w.start(), text.indexOf('-', w.start())).toLowerCase(Locale.ROOT));
  }

  static String word(String text, Span w) {
    return text.substring(w.start(), w.end());
  }

  private static Set<String> lower(List<String> words) {
    Set<String> set = new HashSet<>();
    words.forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
    return set;
  }
}

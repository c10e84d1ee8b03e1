package org.sitrep.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds persons of persons.tsv in an article and picks the row that fits its date. */
final class PersonResolver {
  private final ActorDictionary dictionary;

  PersonResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** A person named by words [.., end), perhaps after a title. */
  record Leader(int end, Person person) {}

  /** Persons named from word {@code at} on, with or without a title before the name. */
  List<Leader> leadersAt(FindContext ctx, int at) {
    List<Leader> out = new ArrayList<>(namesAt(ctx, at));
    PhraseTrie.Hit<String> title = dictionary.titles.longestAt(ctx.words(), at, WordToken::folded);
    if (title != null && title.to() < ctx.words().size() && ctx.words().get(title.to()).joinsPreviousAfterDot()) {
      out.addAll(namesAt(ctx, title.to()));
    }
    return out;
  }

  /** Persons whose name or alias starts exactly at word {@code at}. */
  List<Leader> namesAt(FindContext ctx, int at) {
    List<Leader> out = new ArrayList<>();
    if (at >= ctx.words().size()) {
      return out;
    }
    for (PhraseTrie.Hit<Person> hit : dictionary.personNames.matchesAt(ctx.words(), at, WordToken::folded)) {
      if (ctx.anyCapitalised(hit.from(), hit.to())) {
        out.add(new Leader(hit.to(), choose(hit.values(), ctx.published())));
      }
    }
    return out;
  }

  /** The row whose dates fit the date best; without a date, the most recent role. */
  static Person choose(List<Person> rows, LocalDate date) {
    Comparator<Person> byFit = Comparator.comparingLong(p -> p.distanceTo(date));
    Comparator<Person> byRecency = Comparator.comparing(Person::latestStart).reversed();
    return rows.stream().min(byFit.thenComparing(byRecency)).orElseThrow();
  }
}

package org.sitrep.actor;

import java.time.LocalDate;
import java.util.List;

/** One row of persons.tsv: a person who, while {@code dates} hold, stands for actor {@code actorId}. */
public record Person(String name, List<String> aliases, String role, String actorId, List<DateRange> dates, String source) {
  public Person {
    aliases = List.copyOf(aliases);
    dates = List.copyOf(dates);
  }

  /** Days between the date and this role (0 while it holds); for choosing among a person's rows. */
  long distanceTo(LocalDate date) {
    if (date == null) {
      return 0;
    }
    long best = Long.MAX_VALUE;
    for (DateRange d : dates) {
      best = Math.min(best, d.distanceTo(date));
    }
    return best;
  }

  /** Start of the latest range, for preferring a person's current role when no date is known. */
  LocalDate latestStart() {
    LocalDate latest = LocalDate.MIN;
    for (DateRange d : dates) {
      if (d.from() != null && d.from().isAfter(latest)) {
        latest = d.from();
      }
    }
    return latest;
  }
}

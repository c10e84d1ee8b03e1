package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One count (fatalities, injured, displaced) reconciled over the reports of a cluster: low = the
 * smallest reported value, high = the largest, best = the median of the reported values (for an
 * even number of reports the lower middle value, so best is always a figure some outlet gave and
 * leans conservative, like the schema's lower bounds for vague counts). Reports without the count
 * are left out; no report at all gives null.
 */
public record Reconciled(long low, long best, long high, int reports) {
  public static Reconciled of(Collection<Long> values) {
    List<Long> reported = new ArrayList<>(values.stream().filter(Objects::nonNull).sorted().toList());
    if (reported.isEmpty()) {
      return null;
    }
    return new Reconciled(reported.get(0), reported.get((reported.size() - 1) / 2), reported.get(reported.size() - 1), reported.size());
  }
}

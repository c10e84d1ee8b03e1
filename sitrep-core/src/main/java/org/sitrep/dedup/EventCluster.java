package org.sitrep.dedup;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Events from different articles judged to be one happening. The id is "cluster:" plus the first
 * member's event id, so it is stable while that member stays first.
 */
public record EventCluster(String id, List<EventPoint> members) {
  public EventCluster {
    members = List.copyOf(members);
  }

  /** Distinct non-blank sources of the member articles, sorted. */
  public List<String> sources() {
    return List.copyOf(members.stream().map(EventPoint::source).filter(s -> s != null && !s.isBlank())
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  public List<String> articles() {
    return members.stream().map(EventPoint::articleId).filter(Objects::nonNull).distinct().toList();
  }

  public Reconciled fatalities() {
    return Reconciled.of(members.stream().map(EventPoint::fatalities).toList());
  }

  public Reconciled injured() {
    return Reconciled.of(members.stream().map(EventPoint::injured).toList());
  }

  public Reconciled displaced() {
    return Reconciled.of(members.stream().map(EventPoint::displaced).toList());
  }

  public EventPoint first() {
    return members.get(0);
  }
}

package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups events of different articles that report one happening. Greedy complete linkage: events
 * are taken by date (then input order) and each joins the open cluster every member of which it is
 * {@link Compatibility compatible} with, the nearest in place and time when several qualify; else
 * it opens a cluster of its own. Complete linkage, unlike union-find, never chains two distinct
 * strikes together through a vague report that fits both. Clusters are looked up by country and
 * type family only, so the work grows with the events of one country and family.
 */
public final class EventClusterer {
  private final Compatibility compatibility;
  private final ClusterRules rules;

  public EventClusterer(ClusterRules rules) {
    this.rules = rules;
    this.compatibility = new Compatibility(rules);
  }

  /** Every input event is in exactly one cluster (singletons included), clusters in input order of their first member. */
  public List<EventCluster> cluster(List<EventPoint> events) {
    List<EventPoint> byDate = new ArrayList<>(events);
    byDate.sort(Comparator.comparing(EventPoint::date, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, List<List<EventPoint>>> open = new HashMap<>();
    List<List<EventPoint>> all = new ArrayList<>();
    for (EventPoint e : byDate) {
      List<List<EventPoint>> block = open.computeIfAbsent(blockKey(e), k -> new ArrayList<>());
      List<EventPoint> home = bestHome(e, block);
      if (home == null) {
        home = new ArrayList<>();
        block.add(home);
        all.add(home);
      }
      home.add(e);
    }
    return inInputOrder(all, events);
  }

  private String blockKey(EventPoint e) {
    return e.country() + "|" + rules.family(e.type());
  }

  private List<EventPoint> bestHome(EventPoint e, List<List<EventPoint>> block) {
    List<EventPoint> best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (List<EventPoint> c : block) {
      if (c.stream().allMatch(m -> compatibility.compatible(e, m))) {
        double cost = cost(e, c.get(0));
        if (cost < bestCost) {
          best = c;
          bestCost = cost;
        }
      }
    }
    return best;
  }

  /** Kilometres plus 25 per day apart: a day's gap weighs like a city's radius. */
  private double cost(EventPoint e, EventPoint first) {
    return compatibility.distanceKm(e, first) + 25.0 * compatibility.daysApart(e, first);
  }

  private static List<EventCluster> inInputOrder(List<List<EventPoint>> groups, List<EventPoint> input) {
    Map<EventPoint, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < input.size(); i++) {
      position.put(input.get(i), i);
    }
    List<EventCluster> clusters = new ArrayList<>();
    for (List<EventPoint> g : groups) {
      List<EventPoint> members = new ArrayList<>(g);
      members.sort(Comparator.comparing(position::get));
      clusters.add(new EventCluster("cluster:" + members.get(0).eventId(), members));
    }
    clusters.sort(Comparator.comparing(c -> position.get(c.first())));
    return clusters;
  }
}

package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;

/**
 * The normalised places and actors tables: each distinct place or actor is stored once, under a
 * key (GeoNames id or dictionary id when known, else name and country), and events point at it.
 * Keys known to be committed are remembered, so that the same place or actor, which recurs in most
 * articles, costs no INSERT after its first; keys of a transaction count only once it commits.
 */
final class Keys {
  private static final int REMEMBERED = 200_000;
  private final Set<String> committed = new HashSet<>();
  private final List<String> pending = new ArrayList<>();

  String place(Connection db, Place p) throws SQLException {
    if (p == null) {
      return null;
    }
    String key = p.geonameId() != null ? "geonames:" + p.geonameId() : "place:" + p.name() + "|" + p.country();
    if (isNew(key)) {
      try (PreparedStatement s = db.prepareStatement("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        Rows.set(s, key, p.name(), p.geonameId(), p.country(), p.admin1(), p.lat(), p.lon(),
            p.precision() == null ? null : p.precision().json());
        s.executeUpdate();
      }
    }
    return key;
  }

  String actor(Connection db, Actor a) throws SQLException {
    if (a == null) {
      return null;
    }
    String kind = a.kind() == null ? "" : a.kind().json();
    String key = a.id() != null ? "actor:" + a.id() : "generic:" + a.name() + "|" + kind + "|" + a.country();
    if (isNew(key)) {
      try (PreparedStatement s = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        Rows.set(s, key, a.name(), a.id(), kind, a.country());
        s.executeUpdate();
      }
    }
    return key;
  }

  /** The transaction that wrote the pending keys committed: they are stored. */
  void committed() {
    if (committed.size() + pending.size() > REMEMBERED) {
      committed.clear();
    }
    committed.addAll(pending);
    pending.clear();
  }

  /** The transaction rolled back: its keys may not be stored. */
  void rolledBack() {
    pending.clear();
  }

  private boolean isNew(String key) {
    if (committed.contains(key) || pending.contains(key)) {
      return false;
    }
    pending.add(key);
    return true;
  }
}

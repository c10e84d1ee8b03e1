package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;

/**
 * The normalised places and actors tables: each distinct place or actor is stored once, under a
 * key (GeoNames id or dictionary id when known, else name and country), and events point at it.
 */
final class Keys {
  private Keys() {}

  static String place(Connection db, Place p) throws SQLException {
    if (p == null) {
      return null;
    }
    String key = p.geonameId() != null ? "geonames:" + p.geonameId() : "place:" + p.name() + "|" + p.country();
    try (PreparedStatement s = db.prepareStatement("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      Rows.set(s, key, p.name(), p.geonameId(), p.country(), p.admin1(), p.lat(), p.lon(),
          p.precision() == null ? null : p.precision().json());
      s.executeUpdate();
    }
    return key;
  }

  static String actor(Connection db, Actor a) throws SQLException {
    if (a == null) {
      return null;
    }
    String kind = a.kind() == null ? "" : a.kind().json();
    String key = a.id() != null ? "actor:" + a.id() : "generic:" + a.name() + "|" + kind + "|" + a.country();
    try (PreparedStatement s = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      Rows.set(s, key, a.name(), a.id(), kind, a.country());
      s.executeUpdate();
    }
    return key;
  }
}

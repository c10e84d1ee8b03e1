package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** GET /api/actors, /api/places (each with how many events name it), /api/clusters and /api/relations, paged. */
final class CatalogRoutes {
  private static final String ACTORS = "SELECT a.id, a.name, a.actor_id, a.kind, a.country,"
      + " (SELECT count(*) FROM events e WHERE e.actor_key = a.id OR e.target_key = a.id) AS events"
      + " FROM actors a ORDER BY events DESC, a.id";
  private static final String PLACES = "SELECT p.id, p.name, p.geonameid, p.country, p.admin1, p.lat, p.lon, p.precision,"
      + " (SELECT count(*) FROM events e WHERE e.place_id = p.id) AS events FROM places p ORDER BY events DESC, p.id";
  private static final String RELATIONS = "SELECT json FROM relations ORDER BY article_id, ord";
  /** One real-world event told by several outlets: sources, place, window, reconciled counts (docs/STORE.md). */
  private static final String CLUSTERS = "SELECT id, type, country, location, lat, lon, first_date, last_date, events, articles,"
      + " sources, fatalities_low, fatalities_best, fatalities_high, injured_low, injured_best, injured_high,"
      + " displaced_low, displaced_best, displaced_high FROM cluster_summaries ORDER BY events DESC, id";
  private final StoreAccess store;

  CatalogRoutes(StoreAccess store) {
    this.store = store;
  }

  void actors(Context ctx) {
    rows(ctx, "actors", ACTORS);
  }

  void places(Context ctx) {
    rows(ctx, "places", PLACES);
  }

  void clusters(Context ctx) {
    rows(ctx, "clusters", CLUSTERS);
  }

  void relations(Context ctx) {
    Paging paging = Paging.of(ctx);
    ArrayNode relations = store.query(db -> {
      try (PreparedStatement s = db.prepareStatement(RELATIONS + paging.sql())) {
        return Json.jsonColumn(s);
      }
    });
    Responses.json(ctx, page(paging, "relations", relations));
  }

  private void rows(Context ctx, String name, String sql) {
    Paging paging = Paging.of(ctx);
    ArrayNode rows = store.query(db -> {
      try (PreparedStatement s = db.prepareStatement(sql + paging.sql()); ResultSet r = s.executeQuery()) {
        return Json.rows(r);
      }
    });
    Responses.json(ctx, page(paging, name, rows));
  }

  private static ObjectNode page(Paging paging, String name, ArrayNode items) {
    ObjectNode body = Json.object().put("limit", paging.limit()).put("offset", paging.offset());
    body.set(name, items);
    return body;
  }
}

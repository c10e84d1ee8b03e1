package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sitrep.store.cluster.EventClustering;

/** GET /api/clusters lists what the store's clustering wrote, largest first, with the reconciled counts. */
class ClustersApiTest extends DefaultServer {
  @Test
  void clustersAreTheStoredOnesLargestFirst() throws Exception {
    new EventClustering(t.store).rebuild();
    JsonNode body = TestServer.json(t.get("/api/clusters?limit=1000"));
    JsonNode clusters = body.get("clusters");
    assertEquals(t.store.count("cluster_summaries"), clusters.size());
    for (int i = 1; i < clusters.size(); i++) {
      assertTrue(clusters.get(i - 1).get("events").asInt() >= clusters.get(i).get("events").asInt());
    }
    for (JsonNode c : clusters) {
      assertTrue(c.get("events").asInt() >= 2, "a cluster joins two or more events");
      if (!c.get("fatalities_best").isNull()) {
        assertTrue(c.get("fatalities_low").asLong() <= c.get("fatalities_best").asLong());
        assertTrue(c.get("fatalities_best").asLong() <= c.get("fatalities_high").asLong());
      }
    }
  }

  @Test
  void pagingAppliesToClustersToo() throws Exception {
    JsonNode body = TestServer.json(t.get("/api/clusters?limit=1&offset=0"));
    assertEquals(1, body.get("limit").asInt());
    assertTrue(body.get("clusters").size() <= 1);
  }
}

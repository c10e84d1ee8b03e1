package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /openapi.json parses, is OpenAPI 3.1, and documents every route the code registers (and no others). */
class OpenApiTest extends DefaultServer {
  private static final Pattern ROUTE = Pattern.compile("app\\.(get|post|put|delete|patch)\\(\"([^\"]+)\"");

  @Test
  void documentsEveryRegisteredRoute() throws Exception {
    JsonNode doc = TestServer.json(t.get("/openapi.json"));
    assertTrue(doc.get("openapi").asText().startsWith("3.1"));
    List<String> registered = registeredRoutes();
    assertTrue(registered.size() >= 9, registered.toString());
    for (String route : registered) {
      String[] methodPath = route.split(" ", 2);
      JsonNode operation = doc.get("paths").path(methodPath[1]).path(methodPath[0]);
      assertTrue(operation.isObject(), "openapi.json lacks " + route);
      assertTrue(operation.get("responses").isObject(), route);
    }
    List<String> documented = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
    assertEquals(registered.stream().sorted().toList(), documented.stream().sorted().toList());
  }

  @Test
  void everyDocumentedGetRouteAnswers() throws Exception {
    JsonNode paths = TestServer.json(t.get("/openapi.json")).get("paths");
    for (var it = paths.fieldNames(); it.hasNext();) {
      String path = it.next();
      if (paths.get(path).has("get")) {
        String concrete = path.replace("{id}", "ev-a1-0") + (path.equals("/api/control") ? "?place=Homs" : "");
        assertNotEquals(404, t.get(concrete).statusCode(), concrete);
        assertEquals(200, t.get(concrete).statusCode(), concrete);
      }
    }
  }

  /** "get /api/events" and so on, read from the sources that register them. */
  private static List<String> registeredRoutes() throws Exception {
    Path sources = Path.of(System.getProperty("sitrep.root", ".."), "sitrep-server/src/main/java/org/sitrep/server");
    List<String> routes = new ArrayList<>();
    for (String file : new String[] {"Routes.java", "SitrepServer.java"}) {
      Matcher m = ROUTE.matcher(Files.readString(sources.resolve(file)));
      while (m.find()) {
        routes.add(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).replaceAll("\\{(\\w+)}", "{$1}"));
      }
    }
    return routes;
  }
}

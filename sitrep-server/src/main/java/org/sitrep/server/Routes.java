package org.sitrep.server;

import io.javalin.Javalin;

/** The API routes; docs/API.md and openapi.json describe each one. */
final class Routes {
  private Routes() {}

  static void register(Javalin app, StoreAccess store, Auth auth, ServerConfig config, ArticleProcessor processor) {
    EventRoutes events = new EventRoutes(store);
    CatalogRoutes catalog = new CatalogRoutes(store);
    app.get("/api/events", events::list);
    app.get("/api/events/{id}", events::one);
    app.get("/api/actors", catalog::actors);
    app.get("/api/places", catalog::places);
    app.get("/api/relations", catalog::relations);
    app.get("/api/clusters", catalog::clusters);
    app.get("/api/flows", new FlowRoutes(store)::flows);
    app.get("/api/sitrep", new SitrepRoutes(store)::sitrep);
    app.get("/api/control", new ControlRoutes(store)::control);
    app.post("/api/articles", new WriteRoutes(auth, config.maxBodyBytes(), store, processor)::post);
  }
}

package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;

/**
 * The one mapper between {@link Event}/{@link Relation} and the JSON of {@code event.schema.json}.
 * Keys are always written in the same order; every required field is present (null or [] when
 * unknown). Extra fields: {@code trigger}, {@code acled} and {@code plover}, the last two derived
 * from the event type through {@link OntologyMapping} and ignored when reading.
 */
public final class EventJson {
  /** Written when an event has no actor: the schema requires an actor object. */
  static final Actor UNKNOWN_ACTOR = new Actor("unknown", null, null, ActorKind.UNKNOWN, null);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final OntologyMapping ontology;

  public EventJson() {
    this(OntologyMapping.defaults());
  }

  public EventJson(OntologyMapping ontology) {
    this.ontology = ontology;
  }

  public ObjectNode toJson(Event e) {
    ObjectNode n = JsonWrite.NODES.objectNode();
    n.put("kind", "event");
    n.put("id", e.id());
    n.put("cluster", e.cluster());
    n.put("type", e.type().json());
    n.put("status", e.status().json());
    putOntology(n, e);
    n.put("trigger", e.trigger());
    n.set("actor", JsonWrite.actor(e.actor() == null ? UNKNOWN_ACTOR : e.actor()));
    n.set("target", nullable(e.target(), JsonWrite::actor));
    putActors(n, "actor_associates", e.actorAssociates());
    putActors(n, "target_associates", e.targetAssociates());
    n.set("location", nullable(e.location(), JsonWrite::place));
    n.set("date", JsonWrite.date(e.date()));
    n.set("fatalities", nullable(e.fatalities(), JsonWrite::quantity));
    n.set("injured", nullable(e.injured(), JsonWrite::quantity));
    n.set("displaced", nullable(e.displaced(), JsonWrite::quantity));
    n.set("from", nullable(e.from(), JsonWrite::place));
    ArrayNode to = n.putArray("to");
    e.to().forEach(p -> to.add(JsonWrite.place(p)));
    n.set("article", JsonWrite.article(e.article()));
    n.set("evidence", JsonWrite.evidence(e.evidence()));
    n.put("confidence", e.confidence());
    return n;
  }

  /** ACLED's associated actors; the field is left out when there are none. */
  private static void putActors(ObjectNode n, String field, List<Actor> actors) {
    if (!actors.isEmpty()) {
      ArrayNode list = n.putArray(field);
      actors.forEach(a -> list.add(JsonWrite.actor(a)));
    }
  }

  private void putOntology(ObjectNode n, Event e) {
    OntologyMapping.Categories c = ontology.of(e);
    if (c.acledEventType() == null) {
      n.putNull("acled");
    } else {
      ObjectNode acled = n.putObject("acled");
      acled.put("event_type", c.acledEventType());
      if (c.acledSubEventType() != null) {
        acled.put("sub_event_type", c.acledSubEventType());
      }
    }
    n.put("plover", c.plover());
  }

  public ObjectNode toJson(Relation r) {
    ObjectNode n = JsonWrite.NODES.objectNode();
    n.put("kind", "relation");
    n.put("id", r.id());
    n.put("relation", r.relation().json());
    n.set("subject", JsonWrite.actor(r.subject() == null ? UNKNOWN_ACTOR : r.subject()));
    n.set("object", JsonWrite.actor(r.object() == null ? UNKNOWN_ACTOR : r.object()));
    n.put("former", r.former());
    n.set("article", JsonWrite.article(r.article()));
    n.set("evidence", JsonWrite.evidence(r.evidence()));
    return n;
  }

  /** One JSONL line (no newline). */
  public String line(Event e) {
    return write(toJson(e));
  }

  public String line(Relation r) {
    return write(toJson(r));
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree node always serialises", e);
    }
  }

  private static <T> JsonNode nullable(T value, Function<T, ObjectNode> toJson) {
    return value == null ? JsonWrite.NODES.nullNode() : toJson.apply(value);
  }

  public Event event(JsonNode n) {
    return JsonRead.event(n);
  }

  public Relation relation(JsonNode n) {
    return JsonRead.relation(n);
  }

  /** Reads JSONL; a line that is not valid JSON or not a valid record becomes an SR105 failure. */
  public JsonlRecords read(Reader in, String source) throws IOException {
    List<Event> events = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    JsonLines.read(in, (number, n) -> {
      switch (n.path("kind").asText()) {
        case "event" -> events.add(JsonRead.event(n));
        case "relation" -> relations.add(JsonRead.relation(n));
        default -> failures.add(new Failure(source, number, ErrorCode.SR105, "no kind event or relation"));
      }
    }, (number, message) -> failures.add(new Failure(source, number, ErrorCode.SR105, message)));
    return new JsonlRecords(events, relations, failures);
  }
}

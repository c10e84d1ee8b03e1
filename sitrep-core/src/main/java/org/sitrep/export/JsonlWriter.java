package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;

/**
 * Writes one JSON object per line ("\n" endings). {@link #writeAll} writes all events, then all
 * relations, each in the order given: readers that want only events can stop at the first
 * relation, and the same input order gives byte-identical output.
 */
public final class JsonlWriter {
  private final Writer out;
  private final EventJson json;

  public JsonlWriter(Writer out) {
    this(out, new EventJson());
  }

  public JsonlWriter(Writer out, EventJson json) {
    this.out = out;
    this.json = json;
  }

  public void write(Event e) throws IOException {
    out.write(json.line(e));
    out.write('\n');
  }

  public void write(Relation r) throws IOException {
    out.write(json.line(r));
    out.write('\n');
  }

  public void writeAll(Iterable<Event> events, Iterable<Relation> relations) throws IOException {
    for (Event e : events) {
      write(e);
    }
    for (Relation r : relations) {
      write(r);
    }
    out.flush();
  }
}

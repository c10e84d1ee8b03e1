package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.error.ErrorCode;
import org.sitrep.export.EventJson;
import org.sitrep.export.GeoJsonWriter;
import org.sitrep.export.TableWriter;
import org.sitrep.model.Event;

/** Writes the stored events that pass a filter as table, JSONL, ACLED-style CSV, GeoJSON or Parquet. */
public final class EventExport {
  /** The export formats; parquet needs a file. */
  public enum Format { table, jsonl, csv, geojson, parquet }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection db;

  public EventExport(Store store) {
    this.db = store.connection();
  }

  /** Writes a text format; returns the number of events. */
  public int write(EventFilter filter, Format format, Writer out) throws IOException {
    try {
      return switch (format) {
        case jsonl -> jsonl(filter, out);
        case csv -> csv(filter, out);
        case table, geojson -> collected(filter, format, out);
        case parquet -> throw new IllegalArgumentException("parquet is written to a file: give -o FILE");
      };
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR306, "events", e);
    }
  }

  /** Writes the ACLED-style columns and the event JSON to a Parquet file through DuckDB's COPY. */
  public void parquet(EventFilter filter, Path file) {
    String query = AcledColumns.select().replace(" FROM events e", ", e.json AS event_json FROM events e")
        + filter.whereAndLimit();
    String sql = "COPY (" + query + ") TO " + EventFilter.literal(file.toAbsolutePath().toString()) + " (FORMAT PARQUET)";
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR306, file.toString(), e);
    }
  }

  private int jsonl(EventFilter filter, Writer out) throws SQLException, IOException {
    int n = 0;
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT json FROM events" + filter.whereAndLimit())) {
      while (r.next()) {
        out.write(r.getString(1));
        out.write('\n');
        n++;
      }
    }
    out.flush();
    return n;
  }

  private int csv(EventFilter filter, Writer out) throws SQLException, IOException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(AcledColumns.select() + filter.whereAndLimit())) {
      return SqlTable.csv(r, out);
    }
  }

  private int collected(EventFilter filter, Format format, Writer out) throws SQLException, IOException {
    List<Event> events = new ArrayList<>();
    EventJson json = new EventJson();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT json FROM events" + filter.whereAndLimit())) {
      while (r.next()) {
        events.add(json.event(JSON.readTree(r.getString(1))));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (format == Format.table) {
      new TableWriter(out).writeAll(events);
    } else {
      new GeoJsonWriter(out).writeAll(events);
    }
    out.flush();
    return events.size();
  }
}

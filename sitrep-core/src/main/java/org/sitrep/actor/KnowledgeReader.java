package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorKind;

/**
 * Turns the rows of actors.tsv, persons.tsv and demonyms.tsv into records. A malformed row is
 * left out and described in {@code errors}; nothing here throws on bad data.
 */
final class KnowledgeReader {
  private static final String ISO3 = "[A-Z]{3}";

  private KnowledgeReader() {}

  static List<ActorEntry> actors(List<Tsv.Row> rows, List<String> errors) {
    List<ActorEntry> out = new ArrayList<>();
    for (Tsv.Row row : rows) {
      ActorEntry e = actor(row, errors);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static ActorEntry actor(Tsv.Row row, List<String> errors) {
    String id = row.field(0);
    String name = row.field(1);
    ActorKind kind = kind(row.field(4));
    String country = row.field(5);
    List<Affiliation> affiliations = affiliations(row, errors);
    if (affiliations == null) {
      return null;
    }
    if (!id.matches("[a-z0-9][a-z0-9-]*") || name.isEmpty() || kind == null
        || !(country.isEmpty() || country.matches(ISO3)) || row.field(7).isEmpty()) {
      errors.add(row.where() + ": bad actor row (id, name, kind, country, affiliations or source)");
      return null;
    }
    return new ActorEntry(id, name, Tsv.split(row.field(2)), Tsv.split(row.field(3)), kind,
        country.isEmpty() ? null : country, affiliations, row.field(7));
  }

  private static List<Affiliation> affiliations(Tsv.Row row, List<String> errors) {
    List<Affiliation> out = new ArrayList<>();
    for (String part : Tsv.split(row.field(6))) {
      Affiliation a = Affiliation.parse(part);
      if (a == null || (a.relation().equals("kind") && kind(a.target()) == null)) {
        errors.add(row.where() + ": bad affiliation '" + part + "'");
        return null;
      }
      out.add(a);
    }
    return out;
  }

  static ActorKind kind(String text) {
    try {
      return ActorKind.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static List<Person> persons(List<Tsv.Row> rows, List<String> errors) {
    List<Person> out = new ArrayList<>();
    for (Tsv.Row row : rows) {
      List<DateRange> dates = new ArrayList<>();
      for (String part : row.field(4).isEmpty() ? List.of("") : Tsv.split(row.field(4))) {
        dates.add(DateRange.parse(part));
      }
      if (row.field(0).isEmpty() || row.field(3).isEmpty() || row.field(5).isEmpty() || dates.contains(null)) {
        errors.add(row.where() + ": bad person row (name, actor id, dates or source)");
        continue;
      }
      out.add(new Person(row.field(0), Tsv.split(row.field(1)), row.field(2), row.field(3), dates, row.field(5)));
    }
    return out;
  }

  static List<Demonym> demonyms(List<Tsv.Row> rows, List<String> errors) {
    List<Demonym> out = new ArrayList<>();
    for (Tsv.Row row : rows) {
      Demonym d = new Demonym(row.field(0), row.field(1), row.field(2), row.field(3));
      boolean stateOk = d.isState() && d.country().matches(ISO3) && !d.countryName().isEmpty();
      boolean groupOk = !d.isState() && d.country().isEmpty() && !d.type().isEmpty();
      if (d.word().isEmpty() || !(stateOk || groupOk)) {
        errors.add(row.where() + ": bad demonym row");
        continue;
      }
      out.add(d);
    }
    return out;
  }
}

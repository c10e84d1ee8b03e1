package org.sitrep.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.EventType;

/** The bundled trigger lexicon (triggers.tsv), indexed by the first lemma of each trigger. */
final class TriggerLexicon {
  private static final TriggerLexicon STANDARD = new TriggerLexicon(load());
  private final List<TriggerEntry> entries;
  private final Map<String, List<TriggerEntry>> byFirstLemma = new HashMap<>();

  TriggerLexicon(List<TriggerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (TriggerEntry e : entries) {
      byFirstLemma.computeIfAbsent(e.lemmas().get(0), k -> new ArrayList<>()).add(e);
    }
  }

  static TriggerLexicon standard() {
    return STANDARD;
  }

  List<TriggerEntry> entries() {
    return entries;
  }

  List<TriggerEntry> startingWith(String lemma) {
    return byFirstLemma.getOrDefault(lemma, List.of());
  }

  private static List<TriggerEntry> load() {
    List<TriggerEntry> list = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(TriggerLexicon.class, "triggers.tsv")) {
      // "*" rows are both a verb and a noun trigger, each with its own default roles
      if (row.get("pos").equals("*")) {
        list.add(parse(row, 'V'));
        list.add(parse(row, 'N'));
      } else if (row.get("pos").equals("n")) {
        list.add(parse(row, 'n'));
      } else {
        list.add(parse(row, row.get("pos").charAt(0)));
      }
    }
    return list;
  }

  static TriggerEntry parse(TsvResource.Row row, char column) {
    if ("VNJn".indexOf(column) < 0) {
      throw new IllegalStateException("triggers.tsv line " + row.line() + ": pos must be V, N, n, J or *");
    }
    char pos = column == 'n' ? 'N' : column;
    String type = row.get("type");
    if (!java.util.Set.of("-", "fatalities", "injured", "displaced").contains(row.get("count_field"))) {
      throw new IllegalStateException("triggers.tsv line " + row.line() + ": count_field must be fatalities, injured or displaced");
    }
    TriggerEntry.Roles roles = new TriggerEntry.Roles(
        role(row.get("actor"), TriggerDefaults.actor(pos)),
        role(row.get("target"), TriggerDefaults.target(pos)),
        role(row.get("place"), TriggerDefaults.place(pos)),
        role(row.get("from"), ""),
        role(row.get("to"), ""),
        role(row.get("count"), ""));
    return new TriggerEntry(
        Arrays.asList(row.get("trigger").toLowerCase(Locale.ROOT).split(" ")),
        pos,
        type.equals("casualty") ? null : EventType.parse(type),
        EventType.parse(row.get("civ_type")),
        roles,
        optional(row.get("count_field")),
        optional(row.get("obj_class")),
        column == 'n');
  }

  private static RelationPattern role(String column, String defaults) {
    return RelationPattern.parse(TriggerDefaults.expand(column, defaults));
  }

  private static String optional(String cell) {
    return cell.equals("-") || cell.isBlank() ? null : cell;
  }
}

package org.sitrep.actor.petrarch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.ActorKind;

/**
 * Maps a CAMEO actor code to sitrep's actor kind and country (cameo-actor-kinds.tsv): a listed
 * whole-code prefix wins; else the first block is an international or regional code (no
 * country) or a country, and the first role block after it with a known kind gives the kind ("SYRMEDGOV", state
 * media, is government). Immutable.
 */
public final class CameoKinds {
  /** A code's reading: kind and ISO3 country (null for international, regional and unknown codes). */
  public record Reading(ActorKind kind, String country) {}

  private final Map<String, Row> rows;

  private record Row(String scope, ActorKind kind) {}

  CameoKinds(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  private static final class Holder {
    static final CameoKinds STANDARD = load();
  }

  public static CameoKinds standard() {
    return Holder.STANDARD;
  }

  private static CameoKinds load() {
    Map<String, Row> rows = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read(CameoKinds.class, "cameo-actor-kinds.tsv")) {
      rows.put(row.get("code"), new Row(row.get("scope"), ActorKind.parse(row.get("kind"))));
    }
    return new CameoKinds(rows);
  }

  public Reading read(String code) {
    List<String> blocks = blocks(code);
    if (blocks.isEmpty()) {
      return new Reading(ActorKind.UNKNOWN, null);
    }
    ActorKind group = longestGroup(blocks);
    Row first = rows.get(blocks.get(0));
    boolean noCountry = first != null && (first.scope().equals("international") || first.scope().equals("region"));
    String country = noCountry || !blocks.get(0).matches("[A-Z]{3}") ? null : blocks.get(0);
    if (group != null) {
      return new Reading(group, country);
    }
    ActorKind role = firstRole(blocks.subList(1, blocks.size()));
    if (role != null) {
      return new Reading(role, country);
    }
    if (noCountry) {
      return new Reading(first.kind(), null);
    }
    return new Reading(blocks.size() == 1 && country != null ? ActorKind.FOREIGN_STATE : ActorKind.UNKNOWN, country);
  }

  private ActorKind longestGroup(List<String> blocks) {
    for (int n = blocks.size(); n >= 1; n--) {
      Row row = rows.get(String.join("", blocks.subList(0, n)));
      if (row != null && row.scope().equals("group")) {
        return row.kind();
      }
    }
    return null;
  }

  private ActorKind firstRole(List<String> blocks) {
    for (String b : blocks) {
      Row row = rows.get(b);
      if (row != null && row.scope().equals("role") && row.kind() != ActorKind.UNKNOWN) {
        return row.kind();
      }
    }
    return null;
  }

  /** "SYRGOVMIL" as SYR, GOV, MIL; a trailing part shorter than 3 letters is its own block. */
  static List<String> blocks(String code) {
    if (code == null || code.isBlank()) {
      return List.of();
    }
    String c = code.strip();
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < c.length(); i += 3) {
      out.add(c.substring(i, Math.min(c.length(), i + 3)));
    }
    return out;
  }
}

package org.sitrep.eval.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.ActorKind;

/** UCDP side names to sitrep actors, from {@code ucdp-sides.tsv}. */
public final class UcdpSides {
  private static final String NONE = "-";
  private final Map<String, SideMapping> byName = new HashMap<>();

  public UcdpSides(List<SideMapping> rows) {
    rows.forEach(r -> byName.put(key(r.ucdpName()), r));
  }

  public static UcdpSides standard() {
    return new UcdpSides(TsvResource.read(UcdpSides.class, "ucdp-sides.tsv").stream().map(UcdpSides::mapping).toList());
  }

  /** The groups of a side ("Ahrar al-Sham, HTS" is two); a group with no row maps to null. */
  public List<SideMapping> groups(String side) {
    if (side == null || side.isBlank()) {
      return List.of();
    }
    return Arrays.stream(side.split(",\\s*")).map(g -> byName.get(key(g))).toList();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static SideMapping mapping(TsvResource.Row r) {
    Set<ActorKind> kinds = split(r.get("kinds")).stream().map(ActorKind::parse).collect(Collectors.toSet());
    String country = r.get("country");
    return new SideMapping(r.get("ucdp_name"), Set.copyOf(split(r.get("sitrep_ids"))), kinds,
        NONE.equals(country) ? null : country, split(r.get("headline_names")));
  }

  private static List<String> split(String cell) {
    return NONE.equals(cell) || cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
  }
}

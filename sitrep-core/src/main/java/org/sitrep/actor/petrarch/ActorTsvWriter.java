package org.sitrep.actor.petrarch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.actor.ActorEntry;
import org.sitrep.actor.Affiliation;

/** Writes actor entries in the columns of sitrep's actors.tsv, so `--actors` and the bundled reader take them. */
public final class ActorTsvWriter {
  static final String HEADER = "id\tname\taliases\tacronyms\tkind\tcountry\taffiliations\tsource";

  private ActorTsvWriter() {}

  /** {@code provenance} lines become the '#' header that says where the facts come from. */
  public static void write(List<ActorEntry> entries, List<String> provenance, Writer out) throws IOException {
    for (String line : provenance) {
      out.write("# " + line.replaceAll("[\\r\\n]+", " ") + "\n");
    }
    out.write(HEADER + "\n");
    for (ActorEntry e : entries) {
      out.write(String.join("\t", e.id(), clean(e.name()), join(e.aliases()), join(e.acronyms()), e.kind().json(),
          e.country() == null ? "" : e.country(), affiliations(e.affiliations()), clean(e.source())) + "\n");
    }
    out.flush();
  }

  private static String join(List<String> parts) {
    return parts.stream().map(ActorTsvWriter::clean).collect(Collectors.joining("|"));
  }

  private static String affiliations(List<Affiliation> affiliations) {
    return affiliations.stream().map(a -> {
      String dates = PetrarchImport.dates(a.dates());
      return a.relation() + "=" + a.target() + (dates.isEmpty() ? "" : "@" + dates);
    }).collect(Collectors.joining("|"));
  }

  /** Tabs, newlines and '|' would break the row. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n|]+", " ").strip();
  }
}

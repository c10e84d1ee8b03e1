package org.sitrep.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.actor.petrarch.CameoKinds;
import org.sitrep.actor.petrarch.PetrarchDictionaryReader;
import org.sitrep.actor.petrarch.PetrarchImport;

/**
 * Actor dictionaries a user adds (`sitrep extract --actors FILE`): sitrep's actors.tsv columns, or
 * a PETRARCH/CAMEO actor dictionary. The format is told by the extension (.tsv) or, failing that,
 * by an "id&lt;TAB&gt;name" header line. Malformed rows are left out and described in {@code errors}.
 */
public record UserActors(List<ActorEntry> entries, List<String> errors) {
  public UserActors {
    entries = List.copyOf(entries);
    errors = List.copyOf(errors);
  }

  public static UserActors read(List<Path> files) {
    List<ActorEntry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      UserActors one = read(f);
      entries.addAll(one.entries());
      errors.addAll(one.errors());
    }
    return new UserActors(entries, errors);
  }

  public static UserActors read(Path file) {
    List<String> errors = new ArrayList<>();
    if (isSitrepTsv(file)) {
      return new UserActors(KnowledgeReader.actors(Tsv.readFile(file, errors), errors), errors);
    }
    PetrarchImport.Result r = PetrarchImport.convert(PetrarchDictionaryReader.read(file),
        file.getFileName().toString(), CameoKinds.standard());
    return new UserActors(r.entries(), r.skipped());
  }

  static boolean isSitrepTsv(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
      return true;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          return line.startsWith("id\tname\t");
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }
}

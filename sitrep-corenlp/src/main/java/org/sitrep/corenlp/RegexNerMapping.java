package org.sitrep.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.knowledge.TsvResource;

/**
 * Builds the RegexNER mapping CoreNLP reads: the entries of our commented resource (places and
 * quantity words) plus every armed group, force and organisation of the actor dictionary, so the
 * names NER gets wrong are fixed from the same data the actor finder uses.
 */
final class RegexNerMapping {
  private RegexNerMapping() {}

  static Path withoutComments(String classpathResource) {
    Stream<String> own = TsvResource.lines(classpathResource).stream();
    String entries = Stream.concat(own, ActorDictionary.standard().regexnerLines().stream())
        .collect(Collectors.joining("\n", "", "\n"));
    try {
      Path file = Files.createTempFile("sitrep-regexner-", ".tsv");
      file.toFile().deleteOnExit();
      Files.writeString(file, entries, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}

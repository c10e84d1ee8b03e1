package org.sitrep.actor.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PETRARCH/TABARI actor and agent dictionaries (docs/source/dictionaries.rst of PETRARCH2):
 * <pre>
 * AL-QAEDA_ [IMGMOSALQ]          primary phrase with a default code
 * +AL_QAIDA_                     synonym of the record above
 * BARACK_OBAMA_                  a record whose codes follow, tab-indented:
 *     [USAELI &lt;20090119]        up to a date (dates YYYYMMDD or YYMMDD, limits included)
 *     [USAGOV 20090120-20170120] between dates
 *     [USAELI &gt;20170121]        from a date
 * PRESIDENT {PRESIDENTS} [~GOVPRS]   an agent: plural in braces, code with '~'
 * </pre>
 * Comments ('#', ';', "&lt;!-- --&gt;") are skipped. A malformed line is reported as
 * "FILE line N: why" and left out; reading never throws.
 */
public final class PetrarchDictionaryReader {
  private PetrarchDictionaryReader() {}

  public static PetrarchDictionary read(Path file) {
    try {
      return read(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      return new PetrarchDictionary(List.of(), List.of(), List.of(file + ": cannot read: " + e.getMessage()));
    }
  }

  public static PetrarchDictionary read(List<String> lines, String fileName) {
    ReaderState state = new ReaderState(fileName);
    Comments comments = new Comments();
    for (int i = 0; i < lines.size(); i++) {
      String text = comments.strip(lines.get(i));
      if (!text.isBlank()) {
        state.line(i + 1, text.strip());
      }
    }
    return state.finish();
  }
}

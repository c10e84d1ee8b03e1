package org.sitrep.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/** Finds a page's headline by the selectors of html-title.tsv, in order. */
final class HtmlTitle {
  /** Document titles usually end in " | Site name"; the headline is what comes before. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+\\|\\s+[^|]*$");

  private record Source(String selector, String attribute) {}

  private final List<Source> sources;

  private HtmlTitle(List<Source> sources) {
    this.sources = sources;
  }

  static HtmlTitle load() {
    return new HtmlTitle(
        DataFile.rows(HtmlTitle.class, "html-title.tsv").stream().map(r -> new Source(r[0], r[1])).toList());
  }

  /** The first non-blank headline, or null. */
  String find(Document page) {
    for (Source source : sources) {
      String found = read(page, source);
      if (found != null && !found.isBlank()) {
        return "title".equals(source.selector()) ? SITE_SUFFIX.matcher(found).replaceFirst("") : found;
      }
    }
    return null;
  }

  private static String read(Document page, Source source) {
    try {
      Element element = page.selectFirst(source.selector());
      if (element == null) {
        return null;
      }
      return "text".equals(source.attribute()) ? element.text() : element.attr(source.attribute());
    } catch (Selector.SelectorParseException e) {
      return null;
    }
  }
}

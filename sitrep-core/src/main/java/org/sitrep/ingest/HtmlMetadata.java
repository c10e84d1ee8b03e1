package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.sitrep.clean.DataFile;

/** Reads a page's publication date (html-dates.tsv) and address (html-urls.tsv). */
final class HtmlMetadata {
  private record Source(String selector, String attribute) {}

  private final List<Source> dateSources;
  private final List<Source> urlSources;
  private final DateText dates;

  private HtmlMetadata(List<Source> dateSources, List<Source> urlSources, DateText dates) {
    this.dateSources = dateSources;
    this.urlSources = urlSources;
    this.dates = dates;
  }

  static HtmlMetadata load(DateText dates) {
    return new HtmlMetadata(sources("html-dates.tsv"), sources("html-urls.tsv"), dates);
  }

  private static List<Source> sources(String file) {
    return DataFile.rows(HtmlMetadata.class, file).stream().map(r -> new Source(r[0], r[1])).toList();
  }

  /** The first readable publication date, or null. */
  LocalDate published(Document page) {
    for (Source source : dateSources) {
      LocalDate date = dates.parse(read(page, source));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The page's canonical address, or null. */
  String url(Document page) {
    for (Source source : urlSources) {
      String url = read(page, source);
      if (url != null && !url.isBlank()) {
        return url.strip();
      }
    }
    return null;
  }

  private static String read(Document page, Source source) {
    try {
      Element element = page.selectFirst(source.selector());
      return element == null ? null : element.attr(source.attribute());
    } catch (Selector.SelectorParseException e) {
      return null;
    }
  }
}

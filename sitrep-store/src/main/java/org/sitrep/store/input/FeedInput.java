package org.sitrep.store.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.ingest.Ingestor;
import org.xml.sax.InputSource;

/**
 * An RSS or Atom feed (Rome): each item becomes an article with its content (else description)
 * as HTML text, its link as URL and its publication (else update) date. The items go through the
 * core as JSONL records, so cleaning, dating and failures are the same as for any record. A feed
 * that is not well-formed XML is one SR303 failure.
 */
final class FeedInput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Ingestor ingestor;

  FeedInput(Ingestor ingestor) {
    this.ingestor = ingestor;
  }

  void read(byte[] bytes, String name, String idPrefix, Sink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setXmlHealerOn(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      sink.failures().accept(new Failure(name, 0, ErrorCode.SR303, firstLine(e.getMessage())));
      return;
    }
    StringBuilder jsonl = new StringBuilder();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      jsonl.append(record(entries.get(i), idPrefix, i + 1)).append('\n');
    }
    if (entries.isEmpty()) {
      sink.skipped().accept("feed without items");
      return;
    }
    ingestor.ingestBytes(name + ".jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8), sink.articles(), sink.failures());
  }

  private static String record(SyndEntry entry, String idPrefix, int number) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", idPrefix + "/" + number);
    r.put("url", entry.getLink() != null ? entry.getLink() : entry.getUri());
    r.put("title", entry.getTitle());
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    r.put("published", date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    r.put("html", body(entry));
    return r.toString();
  }

  /** The fullest text the item has: its content, else its description. */
  private static String body(SyndEntry entry) {
    StringBuilder b = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        b.append(c.getValue()).append('\n');
      }
    }
    if (b.length() == 0 && entry.getDescription() != null) {
      b.append(entry.getDescription().getValue());
    }
    return "<html><body><p>" + b + "</p></body></html>";
  }

  private static String firstLine(String message) {
    return message == null ? "not a feed" : message.lines().findFirst().orElse(message);
  }
}

package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns raw text or HTML into the cleaned article text: a title line, a blank line, and the body
 * paragraphs separated by blank lines, with page chrome (navigation, bylines, author bios, share and
 * related blocks, comment forms, cookie and newsletter notices) removed. Never throws on any input.
 */
public final class Cleaner {
  /** A first line ending like a sentence or a clause is body text, not a headline. */
  private static final Pattern NOT_A_TITLE_END = Pattern.compile(".*[.,;:]$");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  private static final int MAX_TITLE_CHARS = 200;

  private final ChromePatterns patterns;
  private final ChromeStripper stripper;
  private final HtmlBlocks htmlBlocks;
  private final HtmlTitle htmlTitle;

  private Cleaner() {
    this.patterns = ChromePatterns.load();
    this.stripper = new ChromeStripper(patterns);
    this.htmlBlocks = HtmlBlocks.load();
    this.htmlTitle = HtmlTitle.load();
  }

  private static final class Holder {
    private static final Cleaner STANDARD = new Cleaner();
  }

  /** The cleaner with the bundled rules (immutable, thread-safe, shared). */
  public static Cleaner standard() {
    return Holder.STANDARD;
  }

  /** Cleans plain text; its first line is the title when it looks like a headline. */
  public Cleaned cleanText(String raw) {
    return cleanText(raw, null);
  }

  /** Cleans plain text whose title is already known (e.g. a JSONL record's "title"), or null. */
  public Cleaned cleanText(String raw, String knownTitle) {
    ChromeStripper.Stripped stripped = stripper.strip(raw == null ? "" : raw);
    List<ChromeStripper.Paragraph> paragraphs = new ArrayList<>(stripped.paragraphs());
    String title = usableTitle(knownTitle);
    if (title == null && looksLikeTitle(paragraphs)) {
      title = paragraphs.remove(0).text();
    } else if (title != null && !paragraphs.isEmpty() && sameText(paragraphs.get(0).text(), title)) {
      paragraphs.remove(0);
    }
    return Cleaned.of(title, paragraphs.stream().map(ChromeStripper.Paragraph::text).toList(), stripped.source());
  }

  /** Cleans an HTML page. */
  public Cleaned cleanHtml(String html) {
    return cleanHtml(Jsoup.parse(html == null ? "" : html), null);
  }

  /** Cleans a parsed HTML page (left unchanged); a non-null knownTitle overrides the page's own. */
  public Cleaned cleanHtml(Document page, String knownTitle) {
    String title = knownTitle != null ? knownTitle : htmlTitle.find(page);
    return cleanText(htmlBlocks.render(page), title);
  }

  /** True when the whole line is page chrome by the bundled patterns. */
  public boolean isChromeLine(String line) {
    return patterns.isChrome(Whitespace.normalise(line));
  }

  private String usableTitle(String candidate) {
    if (candidate == null) {
      return null;
    }
    String title = Whitespace.normalise(candidate);
    return HAS_LETTER.matcher(title).find() && !patterns.isChrome(title) ? title : null;
  }

  private static boolean looksLikeTitle(List<ChromeStripper.Paragraph> paragraphs) {
    if (paragraphs.size() < 2) {
      return false;
    }
    ChromeStripper.Paragraph first = paragraphs.get(0);
    return first.lines() == 1
        && first.text().length() <= MAX_TITLE_CHARS
        && HAS_LETTER.matcher(first.text()).find()
        && !NOT_A_TITLE_END.matcher(first.text()).matches();
  }

  private static boolean sameText(String a, String b) {
    return a.equalsIgnoreCase(b);
  }
}

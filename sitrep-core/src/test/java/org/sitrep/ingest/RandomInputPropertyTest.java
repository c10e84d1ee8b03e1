package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaned;
import org.sitrep.clean.Cleaner;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

/** Random and hostile inputs: ingest and clean never throw, and their outputs keep their invariants. */
class RandomInputPropertyTest {
  private static final String[] TAGS = {"p", "div", "nav", "article", "main", "span", "a", "br", "h1", "h2",
      "footer", "aside", "script", "section", "li", "ul", "header", "form", "time", "blockquote", "foo"};
  private static final String[] ATTRS = {"", " class=\"share\"", " class=\"entry-content\"", " id=\"comments\"",
      " class=\"author-bio\"", " role=\"navigation\"", " datetime=\"2024-02-30\"", " class=\"byline\""};
  private static final String[] WORDS = {"Share this:", "By Jane Doe", "Leave a Reply", "Homs", "the", "army",
      "killed", "\u00a0", "“quoted”", "\n", "\n\n", "About Jane Doe", "BEIRUT, Dec 6 (Reuters) —", "Related", "<",
      "&amp;", "&#0;", "\u0000", "\ud800", "é", "Original Source: www.x.com", "{\"id\":1}", "Read more:", "."};

  private final Cleaner cleaner = Cleaner.standard();
  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  @Test
  void randomStringsAsTextHtmlJsonlAndSniffed() {
    Random random = new Random(20241206);
    for (int i = 0; i < 1500; i++) {
      String text = randomText(random);
      checkCleaned(cleaner.cleanText(text));
      for (String name : new String[] {"r.txt", "r.html", "r.jsonl", "r"}) {
        checkIngest(name, text.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void randomByteArrays() {
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      checkIngest(i % 2 == 0 ? "b.txt" : "b", bytes);
    }
  }

  @Test
  void randomHtmlFragments() {
    Random random = new Random(7);
    for (int i = 0; i < 1500; i++) {
      String html = randomHtml(random, 0);
      checkCleaned(cleaner.cleanHtml(html));
      checkIngest("page.html", html.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void checkIngest(String name, byte[] bytes) {
    List<Article> articles = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    ingestor.ingestBytes(name, bytes, articles::add, failures::add);
    assertFalse(articles.isEmpty() && failures.isEmpty() && !name.endsWith(".jsonl"), name);
    for (Failure failure : failures) {
      assertNotNull(failure.code());
      assertFalse(failure.describe().contains("\n"), failure.describe());
    }
    for (Article article : articles) {
      assertNotNull(article.id());
      assertNotNull(article.text());
      assertFalse(article.text().isBlank());
      checkTitleAndChrome(article.title(), article.text());
    }
  }

  private void checkCleaned(Cleaned cleaned) {
    assertNotNull(cleaned.text());
    checkTitleAndChrome(cleaned.title(), cleaned.text());
    for (String paragraph : cleaned.paragraphs()) {
      assertFalse(paragraph.isBlank());
      assertFalse(paragraph.contains("\n"));
      assertEquals(paragraph.strip(), paragraph);
    }
  }

  private void checkTitleAndChrome(String title, String text) {
    if (title != null) {
      assertTrue(text.equals(title) || text.startsWith(title + "\n\n"), text);
      assertFalse(title.contains("\n"));
    }
    for (String line : text.split("\n")) {
      assertFalse(!line.isEmpty() && cleaner.isChromeLine(line), () -> "chrome line kept: " + line);
    }
  }

  private static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      if (random.nextBoolean()) {
        out.append(WORDS[random.nextInt(WORDS.length)]);
      } else {
        out.append((char) random.nextInt(random.nextBoolean() ? 128 : 0x3000));
      }
      out.append(random.nextInt(4) == 0 ? "" : " ");
    }
    return out.toString();
  }

  private static String randomHtml(Random random, int depth) {
    StringBuilder out = new StringBuilder();
    int children = depth > 4 ? 0 : random.nextInt(5);
    for (int i = 0; i < children; i++) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      out.append('<').append(tag).append(ATTRS[random.nextInt(ATTRS.length)]).append('>');
      out.append(random.nextInt(3) == 0 ? randomText(random) : randomHtml(random, depth + 1));
      if (random.nextInt(5) > 0) {
        out.append("</").append(tag).append('>');
      }
    }
    return out.toString();
  }
}

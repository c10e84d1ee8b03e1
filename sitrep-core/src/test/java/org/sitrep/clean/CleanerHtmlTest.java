package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerHtmlTest {
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head>
        <title>Thousands flee Homs as rebels advance | The Daily Levant</title>
        <meta property="og:title" content="Thousands flee Homs as rebels advance">
        <meta property="article:published_time" content="2024-12-06T09:30:00+00:00">
        <link rel="canonical" href="https://www.dailylevant.example/world/homs-flight">
        <script>var ads = "Share this: nothing";</script>
        <style>.share-bar { color: red }</style>
      </head><body class="single single-post comments-open">
        <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
        <header class="site-header"><div class="logo">The Daily Levant</div>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Middle East</li></ul></nav>
        </header>
        <div class="breadcrumbs">Home &raquo; World &raquo; Syria</div>
        <main id="content">
          <article class="post type-post">
            <header class="entry-header">
              <h1 class="entry-title">Thousands flee Homs as rebels advance</h1>
              <div class="entry-meta"><span class="byline">By <a href="/author/jd">Jane Doe</a></span>
                <time datetime="2024-12-06T09:30:00Z">December 6, 2024</time></div>
            </header>
            <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
            <div class="entry-content">
              <p>BEIRUT, Dec 6 (Reuters) — Thousands of people   fled the central Syrian city of <b>Homs</b>
                 on Friday as rebel fighters advanced from the north, residents said.</p>
              <p>By Jane Doe</p>
              <figure><img src="homs.jpg" alt=""></figure>
              <p>The army said it had redeployed troops “to protect civilians” and denied that the city was encircled.</p>
              <div class="ad-slot ad"><p>Advertisement</p></div>
              <p>Read more: Rebels seize Hama after army withdrawal</p>
              <blockquote>“We left with nothing,” said one woman who reached Tartus.</blockquote>
              <p>At least 20 people were killed in air strikes on nearby villages,<br>a monitoring group said.</p>
            </div>
            <div class="author-bio"><h4>About Jane Doe</h4><p>Jane Doe covers the Levant for the Daily Levant.</p></div>
            <div class="jp-relatedposts"><h3>Related</h3><ul><li><a href="#">Aleppo falls</a></li></ul></div>
          </article>
          <div id="comments" class="comments-area">
            <h3 id="reply-title">Leave a Reply</h3>
            <form id="commentform"><p>Your email address will not be published. Required fields are marked *</p>
              <label>Comment *</label><textarea></textarea><input type="submit" value="Post Comment"></form>
          </div>
        </main>
        <aside class="sidebar"><h3>Most read</h3><ul><li>Something else</li></ul></aside>
        <div class="newsletter-signup">Subscribe to our newsletter for daily updates</div>
        <div id="cookie-notice">We use cookies to improve your experience.</div>
        <footer class="site-footer">© 2024 The Daily Levant. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void keepsTitleAndArticleParagraphsOnly() {
    Cleaned cleaned = Cleaner.standard().cleanHtml(PAGE);

    assertEquals("Thousands flee Homs as rebels advance", cleaned.title());
    assertEquals(List.of(
        "BEIRUT, Dec 6 (Reuters) — Thousands of people fled the central Syrian city of Homs on Friday as rebel "
            + "fighters advanced from the north, residents said.",
        "The army said it had redeployed troops “to protect civilians” and denied that the city was encircled.",
        "“We left with nothing,” said one woman who reached Tartus.",
        "At least 20 people were killed in air strikes on nearby villages, a monitoring group said."),
        cleaned.paragraphs());
    assertTrue(cleaned.text().startsWith(cleaned.title() + "\n\n"));
  }

  @Test
  void noChromeWordsSurvive() {
    String text = Cleaner.standard().cleanHtml(PAGE).text();
    for (String chrome : List.of("Skip to content", "Middle East", "Jane Doe", "Facebook", "Advertisement",
        "Read more", "Aleppo falls", "Leave a Reply", "email address", "Most read", "newsletter", "cookies",
        "rights reserved", "var ads", "color: red")) {
      assertFalse(text.contains(chrome), chrome);
    }
  }

  @Test
  void titleFallsBackToDocumentTitleWithoutSiteName() {
    Cleaned cleaned = Cleaner.standard().cleanHtml(
        "<html><head><title>Clashes in Tripoli | Libya Now</title></head><body><p>Fighting broke out.</p></body></html>");
    assertEquals("Clashes in Tripoli", cleaned.title());
    assertEquals("Clashes in Tripoli\n\nFighting broke out.", cleaned.text());
  }

  @Test
  void pageWithOnlyChromeHasNoBody() {
    Cleaned cleaned = Cleaner.standard().cleanHtml(
        "<html><body><nav>Home | News</nav><footer>© 2024 Example</footer><script>x()</script></body></html>");
    assertTrue(cleaned.hasNoBody());
  }
}

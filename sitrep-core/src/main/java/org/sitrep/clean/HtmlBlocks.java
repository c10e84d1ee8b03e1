package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to the text of its article: picks the article container, removes chrome
 * elements (html-chrome.tsv), and renders block elements as paragraphs separated by blank lines.
 */
final class HtmlBlocks {
  private final List<String> rootSelectors = new ArrayList<>();
  private final Set<String> chromeTags = new HashSet<>();
  private final Set<String> chromeRoles = new HashSet<>();
  private final ChromeClassNames chromeClasses = new ChromeClassNames();

  static HtmlBlocks load() {
    HtmlBlocks blocks = new HtmlBlocks();
    for (String[] row : DataFile.rows(HtmlBlocks.class, "html-chrome.tsv")) {
      switch (row[0]) {
        case "root" -> blocks.rootSelectors.add(row[1]);
        case "tag" -> blocks.chromeTags.add(row[1]);
        case "role" -> blocks.chromeRoles.add(row[1]);
        case "prefix" -> blocks.chromeClasses.addPrefix(row[1]);
        case "exact" -> blocks.chromeClasses.addExact(row[1]);
        default -> throw new IllegalStateException("unknown html-chrome kind: " + row[0]);
      }
    }
    return blocks;
  }

  /** The article text with one block per paragraph ("\n\n" between blocks, "\n" for br). */
  String render(Document page) {
    Element root = articleRoot(page).clone();
    removeChrome(root);
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new BlockWriter(out), root);
    return out.toString();
  }

  private Element articleRoot(Document page) {
    for (String selector : rootSelectors) {
      Element best = null;
      for (Element candidate : page.select(selector)) {
        if (best == null || candidate.text().length() > best.text().length()) {
          best = candidate;
        }
      }
      if (best != null && !best.text().isBlank()) {
        return best;
      }
    }
    return page.body();
  }

  private void removeChrome(Element root) {
    List<Element> chrome = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      if (element != root && isChrome(element)) {
        chrome.add(element);
      }
    }
    chrome.forEach(Element::remove);
  }

  private boolean isChrome(Element element) {
    return chromeTags.contains(element.normalName())
        || chromeRoles.contains(element.attr("role").toLowerCase(Locale.ROOT))
        || chromeClasses.matches(element.className())
        || chromeClasses.matches(element.id());
  }

  /** jsoup counts br as a block; here it only breaks a line inside its paragraph. */
  private static boolean isLineBreak(Element element) {
    return element.normalName().equals("br");
  }

  /** Writes text nodes, with paragraph breaks around block elements and line breaks for br. */
  private static final class BlockWriter implements NodeVisitor {
    private final StringBuilder out;

    BlockWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(text.text());
      } else if (node instanceof Element element) {
        out.append(isLineBreak(element) ? "\n" : element.isBlock() ? "\n\n" : "");
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock() && !isLineBreak(element)) {
        out.append("\n\n");
      }
    }
  }
}

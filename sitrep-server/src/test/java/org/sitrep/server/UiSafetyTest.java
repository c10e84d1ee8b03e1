package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI must insert article and user text only as text: no HTML-parsing sinks or code-from-string
 * in its scripts, no inline script or handlers in its page (the CSP forbids them anyway).
 */
class UiSafetyTest {
  private static final Pattern SINKS = Pattern.compile(
      "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new\\s+Function|setTimeout\\s*\\(\\s*['\"`]"
      + "|setInterval\\s*\\(\\s*['\"`]|createContextualFragment|DOMParser|srcdoc");
  private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:",
      Pattern.CASE_INSENSITIVE);

  @Test
  void scriptsUseNoHtmlSinks() throws IOException {
    List<Path> scripts = uiFiles(".js");
    assertFalse(scripts.isEmpty());
    for (Path js : scripts) {
      String code = Files.readString(js);
      assertFalse(SINKS.matcher(code).find(), js + " uses an HTML/code sink: " + firstMatch(code));
      assertTrue(code.contains("textContent") || code.contains("createTextNode") || !code.contains("createElement"),
          js + " builds elements but never sets text safely");
    }
  }

  @Test
  void pagesHaveNoInlineScriptOrHandlers() throws IOException {
    List<Path> pages = uiFiles(".html");
    assertEquals(2, pages.size(), "index.html and sitrep.html");
    for (Path page : pages) {
      assertFalse(INLINE.matcher(Files.readString(page)).find(), page + " has inline script or an on* handler");
    }
  }

  @Test
  void theSinkPatternCatchesWhatItShould() {
    assertTrue(SINKS.matcher("el.innerHTML = x").find());
    assertTrue(SINKS.matcher("el.insertAdjacentHTML('beforeend', x)").find());
    assertTrue(SINKS.matcher("eval (x)").find());
    assertFalse(SINKS.matcher("el.textContent = x").find());
  }

  private static String firstMatch(String code) {
    var m = SINKS.matcher(code);
    return m.find() ? m.group() : "";
  }

  private static List<Path> uiFiles(String suffix) throws IOException {
    Path ui = Path.of(System.getProperty("sitrep.root", ".."), "sitrep-server/src/main/resources/org/sitrep/server/ui");
    try (Stream<Path> files = Files.list(ui)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}

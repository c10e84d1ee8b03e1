package org.sitrep.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Hand-built annotated articles for the finder tests. */
final class Articles {
  private Articles() {}

  static AnnotatedArticle of(String text, LocalDate published) {
    Article a = new Article("t1", null, null, published, null, text, "test");
    return new AnnotatedArticle(a, List.of());
  }

  static AnnotatedArticle of(String text) {
    return of(text, LocalDate.of(2024, 12, 6));
  }

  /** One sentence with whitespace tokens, each tagged with the given POS tags in order. */
  static AnnotatedArticle tagged(String text, String... pos) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int index = 0;
    for (String word : text.split(" ")) {
      int start = text.indexOf(word, i);
      String tag = index < pos.length ? pos[index] : "NN";
      tokens.add(new Token(index++, start, start + word.length(), word, word.toLowerCase(), tag, "O", null));
      i = start + word.length();
    }
    Sentence s = new Sentence(0, 0, text.length(), text, tokens, List.of(), true);
    Article a = new Article("t2", null, null, LocalDate.of(2024, 12, 6), null, text, "test");
    return new AnnotatedArticle(a, List.of(s));
  }
}

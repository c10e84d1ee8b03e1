package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** A one-word name that the article also uses inside a person's full name is the person there. */
class PersonNamesTest {
  private static final PlaceFinder FINDER = PlaceFinder.standard();

  /** Sentences from "word/TAG/NER" items; each sentence string becomes one sentence of the text. */
  private static List<String> places(String... specs) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String spec : specs) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String item : spec.split(" ")) {
        String[] p = item.split("/");
        if (text.length() > sentenceStart) {
          text.append(' ');
        }
        int start = text.length();
        text.append(p[0]);
        tokens.add(new Token(tokens.size(), start, text.length(), p[0], p[0].toLowerCase(), p[1], p.length > 2 ? p[2] : "O", null));
      }
      sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), text.substring(sentenceStart), tokens, List.of(), true));
    }
    Article a = new Article("t", null, "t", LocalDate.of(2024, 11, 26), "test", text.toString(), "test");
    return FINDER.find(new AnnotatedArticle(a, sentences), List.of()).stream().map(m -> m.place().text()).toList();
  }

  @Test
  void theBareFirstNameIsThePerson() {
    assertEquals(List.of(),
        places("Georgia/NNP/PERSON Stevens/NNP/PERSON skates/VBZ ./.", "Georgia/NNP/LOCATION began/VBD skating/VBG young/JJ ./."));
  }

  @Test
  void afterALocativeCueTheNameIsStillAPlace() {
    assertEquals(List.of("Georgia"),
        places("Georgia/NNP/PERSON Stevens/NNP/PERSON skates/VBZ ./.", "She/PRP trained/VBD in/IN Georgia/NNP/LOCATION ./."));
  }

  @Test
  void withoutAFullNameTheCountryStays() {
    assertEquals(List.of("Georgia"), places("Georgia/NNP/LOCATION began/VBD talks/NNS ./."));
  }

  @Test
  void aRunWithALowercaseWordIsNoPersonsName() {
    assertEquals(List.of("Honolulu"),
        places("Star/NNP/PERSON of/IN/PERSON Honolulu/NNP/PERSON hires/VBZ ./.", "Honolulu/NNP/LOCATION jobs/NNS grew/VBD ./."));
  }
}

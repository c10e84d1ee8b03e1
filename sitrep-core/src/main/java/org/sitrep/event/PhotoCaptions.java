package org.sitrep.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.PlaceMention;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A picture desk's caption opens with what the photograph shows, in the present tense and dated by
 * its weekday ("Villagers dig graves in Tudun Biri, Kaduna state, on Tuesday."), and tells the news
 * in the sentence after it ("An army drone strike hit a crowd gathered for a festival in the village
 * on Sunday night"). The picture's sentence only opens the text, and where it was taken is where
 * the news happened when the news names no place of its own. The credit and weekday words are data
 * (photo-captions.tsv).
 */
final class PhotoCaptions {
  private static final Set<String> CREDITS = words("credit");
  private static final Set<String> WEEKDAYS = words("weekday");
  /** A bracketed credit that opens with a credit word and a colon or "by": "(Photo: Name)", "(Photograph by Name)". */
  private static final Pattern PHOTO_CREDIT = Pattern.compile("\\((\\p{L}+)(?::| by )");

  private PhotoCaptions() {}

  /**
   * Whether the sentence describes a picture: the text carries a photo credit ("(Photo: Hauwa Garba)"), and the
   * sentence is dated "on Tuesday" with its first verb, where the tagger saw it, in the present tense and no speech verb.
   */
  static boolean isPictureLine(Sentence s, String text) {
    // the sentence's own words first: the credit is looked for in the whole text only for a sentence dated by weekday
    if (!datedByWeekday(s.tokens()) || !hasCredit(text)) {
      return false;
    }
    // an untagged token (pos null: the sentence had no trigger word to tag it for) tells nothing
    Token verb = s.tokens().stream().filter(t -> t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"))).findFirst().orElse(null);
    return verb == null || (verb.pos().equals("VBP") || verb.pos().equals("VBZ")) && !SpeechVerbs.contains(verb.lemma());
  }

  private static boolean hasCredit(String text) {
    Matcher m = PHOTO_CREDIT.matcher(text);
    while (m.find()) {
      if (CREDITS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String kind) {
    Set<String> set = new HashSet<>();
    for (TsvResource.Row row : TsvResource.read(PhotoCaptions.class, "photo-captions.tsv")) {
      if (row.get("kind").equals(kind)) {
        set.add(row.get("word"));
      }
    }
    return Set.copyOf(set);
  }

  private static boolean datedByWeekday(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i - 1).word().equalsIgnoreCase("on") && WEEKDAYS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first place named in the sentences from {@code first} up to the lead, which only open the text; null if none. */
  static PlaceMention openingPlace(List<Sentence> sentences, int first, int lead, List<PlaceMention> places) {
    for (int i = first; i < lead && i < sentences.size(); i++) {
      List<PlaceMention> inside = SentenceMentions.within(sentences.get(i).span(), places, PlaceMention::span);
      if (!inside.isEmpty()) {
        return inside.get(0);
      }
    }
    return null;
  }
}

package org.sitrep.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Sentence;

/**
 * A fact-check: "Claim: A video shared widely on Telegram claims Houthi fighters overran a base near Al Hazm. Our check:
 * The footage was filmed near Harib, where ... fought for several hours on 14 March. Verdict: Misleading." What is
 * claimed is what the check tests, unverified whatever its verdict; what the checkers found is the news. So in a text
 * with a check or verdict part (labels in fact-checks.tsv), the events of the claim part, and the claimed events told
 * before the check, are speculative.
 */
final class FactChecks {
  private static final Map<String, String> LABELS = labels();
  /** How many words the longest label of the data takes ("what is being claimed"). */
  private static final int LONGEST_LABEL = LABELS.keySet().stream().mapToInt(l -> l.split(" ").length).max().orElse(0);

  private FactChecks() {}

  static void apply(List<Draft> drafts, List<Sentence> sentences) {
    int check = firstPart(sentences, "check", "verdict");
    if (check < 0) {
      return;
    }
    for (Draft d : drafts) {
      boolean claimPart = "claim".equals(labelOf(sentences.get(d.sentenceIndex)));
      boolean claimedBefore = d.sentenceIndex < check && d.status == EventStatus.CLAIMED;
      if (claimPart || claimedBefore) {
        d.status = EventStatus.SPECULATIVE;
      }
    }
  }

  /** The index of the first sentence that opens with a label of one of the kinds; -1 if none does. */
  private static int firstPart(List<Sentence> sentences, String... kinds) {
    for (int i = 0; i < sentences.size(); i++) {
      String kind = labelOf(sentences.get(i));
      if (kind != null && List.of(kinds).contains(kind)) {
        return i;
      }
    }
    return -1;
  }

  /** The kind of the label the sentence opens with ("Our check:"), or null. */
  static String labelOf(Sentence s) {
    String text = s.text().strip();
    int colon = text.indexOf(':');
    if (colon <= 0 || text.substring(0, colon).split(" ").length > LONGEST_LABEL) {
      return null;
    }
    return LABELS.get(text.substring(0, colon).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  private static Map<String, String> labels() {
    Map<String, String> map = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read(FactChecks.class, "fact-checks.tsv")) {
      map.put(row.get("label"), row.get("kind"));
    }
    return Map.copyOf(map);
  }
}

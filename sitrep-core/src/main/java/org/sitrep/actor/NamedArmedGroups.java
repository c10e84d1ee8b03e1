package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Armed groups named in the article that the dictionary does not know: a run of capitalised words ending in a head
 * word of armed-group-heads.tsv ("the Al-Nakhla Brigade and the Western Shield Battalion ... signed a ceasefire").
 * They become militias without id, named as written, in the article's focus country. Numbered units ("the 3rd
 * Brigade") are a state's and are left to the generic patterns.
 */
final class NamedArmedGroups {
  private NamedArmedGroups() {}

  static List<Candidate> find(ActorDictionary dictionary, FindContext ctx) {
    List<Candidate> out = new ArrayList<>();
    List<WordToken> words = ctx.words();
    for (int head = 1; head < words.size(); head++) {
      WordToken w = words.get(head);
      if (!w.capitalised() || !dictionary.isArmedGroupHead(w.folded())) {
        continue;
      }
      int from = nameStart(dictionary, words, head);
      if (from < head) {
        String text = ctx.textOf(from, head + 1);
        out.add(new Candidate(from, head + 1, new Actor(text, null, text, ActorKind.MILITIA, ctx.focus()), Candidate.GENERIC));
      }
    }
    return out;
  }

  /** The first word of the name that ends at {@code head}; {@code head} itself when no word before it belongs. */
  private static int nameStart(ActorDictionary dictionary, List<WordToken> words, int head) {
    int from = head;
    for (int i = head - 1; i >= 0 && words.get(i + 1).joinsPrevious(); i--) {
      WordToken w = words.get(i);
      boolean digit = Character.isDigit(w.raw().charAt(0));
      if (digit) {
        return head; // "the 72nd Brigade"
      }
      boolean particle = dictionary.isNameParticle(w.folded()) && i > 0 && words.get(i - 1).capitalised();
      if (w.capitalised() && !dictionary.isNameOpener(w.folded()) || particle) {
        from = i;
      } else {
        break;
      }
    }
    // a name does not begin with a lower-case particle
    while (from < head && !words.get(from).capitalised()) {
      from++;
    }
    return from;
  }
}

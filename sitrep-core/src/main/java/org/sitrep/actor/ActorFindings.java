package org.sitrep.actor;

import java.util.List;
import org.sitrep.model.ActorKind;
import org.sitrep.model.RelationType;
import org.sitrep.model.Span;

/** The actor mentions of one article, sorted by offset and non-overlapping, and the links between them. */
public record ActorFindings(List<ActorMention> mentions, List<MentionLink> links) {
  public ActorFindings {
    mentions = List.copyOf(mentions);
    links = List.copyOf(links);
  }

  /**
   * Where the words name a person or organisation, so that no place is read there ("the Syrian
   * Observatory", "Hayat Tahrir al-Sham"); country names are left out, being places too.
   */
  public List<Span> nonCountrySpans() {
    return mentions.stream().filter(m -> m.actor().kind() != ActorKind.FOREIGN_STATE).map(ActorFindings::possessedPart).toList();
  }

  /**
   * "Qatar's government" (Government of Qatar): a state's institution named with the state's own name leaves the name
   * a place; only the words after the possessive are the institution's. "Assad's forces" keep their whole span.
   */
  private static Span possessedPart(ActorMention m) {
    String text = m.actor().text();
    String name = m.actor().name();
    int of = name == null ? -1 : name.lastIndexOf(" of ");
    if (text == null || of < 0) {
      return m.span();
    }
    String country = name.substring(of + 4);
    for (String possessive : new String[] {country + "'s ", country + "’s "}) {
      if (text.startsWith(possessive) && text.length() == m.span().end() - m.span().start()) {
        return new Span(m.span().start() + possessive.length(), m.span().end());
      }
    }
    return m.span();
  }

  /** The mentions that back the given one ("U.S." for "U.S.-backed Kurdish forces"). */
  public List<ActorMention> backers(ActorMention mention) {
    return links.stream()
        .filter(l -> l.subject().equals(mention) && l.relation() == RelationType.BACKED_BY)
        .map(MentionLink::object)
        .toList();
  }
}

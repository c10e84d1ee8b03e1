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
    return mentions.stream().filter(m -> m.actor().kind() != ActorKind.FOREIGN_STATE).map(ActorMention::span).toList();
  }

  /** The mentions that back the given one ("U.S." for "U.S.-backed Kurdish forces"). */
  public List<ActorMention> backers(ActorMention mention) {
    return links.stream()
        .filter(l -> l.subject().equals(mention) && l.relation() == RelationType.BACKED_BY)
        .map(MentionLink::object)
        .toList();
  }
}

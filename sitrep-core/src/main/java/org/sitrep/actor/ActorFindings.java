package org.sitrep.actor;

import java.util.List;
import org.sitrep.model.RelationType;

/** The actor mentions of one article, sorted by offset and non-overlapping, and the links between them. */
public record ActorFindings(List<ActorMention> mentions, List<MentionLink> links) {
  public ActorFindings {
    mentions = List.copyOf(mentions);
    links = List.copyOf(links);
  }

  /** The mentions that back the given one ("U.S." for "U.S.-backed Kurdish forces"). */
  public List<ActorMention> backers(ActorMention mention) {
    return links.stream()
        .filter(l -> l.subject().equals(mention) && l.relation() == RelationType.BACKED_BY)
        .map(MentionLink::object)
        .toList();
  }
}

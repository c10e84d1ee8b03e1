package org.sitrep.actor;

import org.sitrep.model.RelationType;

/**
 * A relation the words themselves state between two mentions: in "U.S.-backed Kurdish forces",
 * subject "Kurdish forces", relation backed_by, object "U.S.".
 */
public record MentionLink(ActorMention subject, RelationType relation, ActorMention object) {}

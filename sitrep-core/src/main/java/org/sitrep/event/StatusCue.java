package org.sitrep.event;

import org.sitrep.model.EventStatus;

/** One row of status-cues.tsv. */
record StatusCue(String cue, String where, RelationPattern relations, EventStatus status) {}

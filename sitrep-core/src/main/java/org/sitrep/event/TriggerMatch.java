package org.sitrep.event;

/** A trigger found in a sentence: the lexicon entry, its head token and its token range. */
record TriggerMatch(TriggerEntry entry, int head, int first, int last) {}

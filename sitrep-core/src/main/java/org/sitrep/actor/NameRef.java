package org.sitrep.actor;

/** What a dictionary name or acronym points to; {@code shared} when the data marks it '~'. */
record NameRef(ActorEntry entry, boolean shared) {}

package org.sitrep.actor;

import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/** An actor named in the text: its span (offsets into cleaned text) and the actor it denotes. */
public record ActorMention(Span span, Actor actor) {}

package org.sitrep.eval;

import org.sitrep.model.Event;

/** A system event aligned with the gold event it stands for. */
public record Pair(GoldEvent gold, Event system) {}

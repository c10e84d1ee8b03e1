package org.sitrep.model;

/**
 * A Universal Dependencies edge between token indices of one sentence. {@code governor} is -1 for
 * the root. {@code relation} is the enhanced-style label, e.g. "nsubj", "obl:from", "nmod:poss".
 */
public record Dependency(String relation, int governor, int dependent) {}

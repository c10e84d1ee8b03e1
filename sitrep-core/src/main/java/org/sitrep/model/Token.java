package org.sitrep.model;

/**
 * One token of a sentence. {@code index} is 0-based within the sentence; {@code start}/{@code end}
 * are offsets into the cleaned text. {@code ner} and {@code normalized} (SUTime/number value) may
 * be null when the sentence was not fully annotated.
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner, String normalized) {}

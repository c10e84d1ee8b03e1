package org.sitrep.model;

/** The sentence (or phrase) that states a fact, with offsets into the cleaned text. */
public record Evidence(String articleId, int start, int end, String text) {}

/**
 * Actors: the knowledge in {@code src/main/resources/org/sitrep/actor/} (actors.tsv, persons.tsv,
 * demonyms.tsv, generic-actors.tsv, titles.tsv, member-nouns.tsv, backing-words.tsv,
 * defined-actor-words.tsv), loaded once by {@link org.sitrep.actor.ActorDictionary#standard()},
 * and the {@link org.sitrep.actor.ActorFinder}, which turns an article's cleaned text into
 * non-overlapping {@link org.sitrep.actor.ActorMention}s and "X-backed Y" {@link org.sitrep.actor.MentionLink}s.
 */
package org.sitrep.actor;

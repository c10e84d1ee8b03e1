package org.sitrep.model;

/**
 * An actor as the schema writes it: canonical name, dictionary id (null for generic actors such as
 * "gunmen"), the words in the article, kind and ISO 3166-1 alpha-3 country.
 */
public record Actor(String name, String id, String text, ActorKind kind, String country) {}

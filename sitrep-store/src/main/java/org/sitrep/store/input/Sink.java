package org.sitrep.store.input;

import java.util.function.Consumer;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

/**
 * Where the readers put what they read: articles, failures (one per bad input or record) and
 * skipped records, each with the reason it was skipped ("warc request record").
 */
public record Sink(Consumer<Article> articles, Consumer<Failure> failures, Consumer<String> skipped) {}

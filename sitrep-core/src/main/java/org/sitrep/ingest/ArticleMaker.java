package org.sitrep.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

/**
 * Turns a draft into an Article, or the one failure that rejects it (no body: SR107 for HTML,
 * SR103 otherwise; not English: SR108). Date rule: the article's own date (JSONL "published", HTML
 * metadata), else its dateline, else the fallback (--published).
 */
final class ArticleMaker {
  private final IngestOptions options;
  private final Datelines datelines;
  private final EnglishCheck english;

  ArticleMaker(IngestOptions options, Datelines datelines, EnglishCheck english) {
    this.options = options;
    this.datelines = datelines;
    this.english = english;
  }

  Loaded<Article> make(Draft draft) {
    if (draft.cleaned().hasNoBody()) {
      ErrorCode code = draft.html() ? ErrorCode.SR107 : ErrorCode.SR103;
      return Loaded.failed(new Failure(draft.name(), draft.line(), code, "no article text after removing page chrome"));
    }
    String text = draft.cleaned().text();
    if (options.requireEnglish() && !english.looksEnglish(text)) {
      String share = String.format(Locale.ROOT, "%.2f", english.functionWordShare(text));
      return Loaded.failed(new Failure(draft.name(), draft.line(), ErrorCode.SR108,
          "English function words " + share + " of words, need " + EnglishCheck.MIN_FUNCTION_WORD_SHARE));
    }
    return Loaded.ok(new Article(draft.id(), draft.url(), draft.cleaned().title(), dateOf(draft),
        sourceOf(draft), text, draft.origin()));
  }

  private LocalDate dateOf(Draft draft) {
    if (draft.ownDate() != null) {
      return draft.ownDate();
    }
    LocalDate fallback = options.publishedFallback();
    LocalDate dateline = datelines.dateOf(draft.cleaned().paragraphs().get(0), fallback);
    return dateline != null ? dateline : fallback;
  }

  private static String sourceOf(Draft draft) {
    if (draft.cleaned().source() != null) {
      return draft.cleaned().source();
    }
    return draft.sourceHint() != null && !draft.sourceHint().isBlank() ? draft.sourceHint().strip() : hostOf(draft.url());
  }

  /** The host of a URL without "www.", or null. */
  static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

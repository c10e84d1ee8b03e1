package org.sitrep.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.clean.Cleaner;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

/**
 * Reads files, directories (recursively, in sorted order) and "-" (stdin) into cleaned Articles.
 * Plain text, HTML and JSONL are read; every bad input gives exactly one Failure per file (or per
 * JSONL line) and the rest go on. Never throws on bad input.
 */
public final class Ingestor {
  /**
   * A JSONL file is a corpus of records, each held to the per-input limit, so the file itself may
   * be this many times larger (5 MB inputs, 200 MB JSONL files by default).
   */
  static final int JSONL_FILE_FACTOR = 40;
  private final ByteLoader loader;
  private final ByteLoader corpusLoader;
  private final InputFinder finder = new InputFinder();
  private final FileTypes types = FileTypes.load();
  private final Cleaner cleaner = Cleaner.standard();
  private final HtmlMetadata htmlMetadata;
  private final JsonlReader jsonl;
  private final ArticleMaker maker;

  public Ingestor(IngestOptions options) {
    this(options, System.in);
  }

  /** An ingestor that reads "-" from the given stream instead of System.in. */
  public Ingestor(IngestOptions options, InputStream stdin) {
    DateText dates = DateText.load();
    this.loader = new ByteLoader(options.maxBytes(), stdin);
    this.corpusLoader = new ByteLoader(options.maxBytes() * JSONL_FILE_FACTOR, stdin);
    this.htmlMetadata = HtmlMetadata.load(dates);
    this.jsonl = new JsonlReader(cleaner, dates, options.maxBytes());
    this.maker = new ArticleMaker(options, Datelines.load(dates), EnglishCheck.load());
  }

  /** Ingests all paths; articles and failures each come back in input order. */
  public IngestResult ingest(List<String> paths) {
    List<Article> articles = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    ingest(paths, articles::add, failures::add);
    return new IngestResult(articles, failures);
  }

  /** Streams each article and failure as soon as its input is read (for large directories). */
  public void ingest(List<String> paths, Consumer<Article> ok, Consumer<Failure> failed) {
    for (String path : paths) {
      finder.find(path, unit -> ingestUnit(unit, ok, failed), failed);
    }
  }

  /**
   * Ingests content that is already in memory as if it were a file called {@code name} (its
   * extension picks the format; none means sniffing).
   */
  public void ingestBytes(String name, byte[] bytes, Consumer<Article> ok, Consumer<Failure> failed) {
    InputUnit unit = InputUnit.file(java.nio.file.Path.of("memory").resolve(safeName(name)), name, name);
    readBytes(unit, bytes, ok, failed);
  }

  private void ingestUnit(InputUnit unit, Consumer<Article> ok, Consumer<Failure> failed) {
    if (types.byExtension(unit.extension()) == Format.UNSUPPORTED) {
      failed.accept(new Failure(unit.name(), 0, ErrorCode.SR111, types.describeExtension(unit.extension())));
      return;
    }
    Loaded<byte[]> bytes = (types.byExtension(unit.extension()) == Format.JSONL ? corpusLoader : loader).load(unit);
    if (bytes.failed()) {
      failed.accept(bytes.failure());
      return;
    }
    readBytes(unit, bytes.value(), ok, failed);
  }

  private void readBytes(InputUnit unit, byte[] bytes, Consumer<Article> ok, Consumer<Failure> failed) {
    Format format = types.byExtension(unit.extension());
    String signature = types.signature(bytes);
    if (format == Format.UNSUPPORTED || signature != null) {
      String what = signature != null ? signature : types.describeExtension(unit.extension());
      failed.accept(new Failure(unit.name(), 0, ErrorCode.SR111, what));
      return;
    }
    Loaded<String> text = TextDecoder.decode(unit.name(), bytes);
    if (text.failed()) {
      failed.accept(text.failure());
      return;
    }
    Format actual = format == Format.SNIFF ? FileTypes.sniff(text.value()) : format;
    Consumer<Draft> finish = draft -> emit(maker.make(draft), ok, failed);
    switch (actual) {
      case JSONL -> jsonl.read(unit, text.value(), finish, failed);
      case HTML -> finish.accept(htmlDraft(unit, text.value()));
      default -> finish.accept(textDraft(unit, text.value()));
    }
  }

  private Draft textDraft(InputUnit unit, String text) {
    return new Draft(unit.name(), 0, unit.id(), null, null, null, cleaner.cleanText(text), false);
  }

  private Draft htmlDraft(InputUnit unit, String html) {
    Document page = Jsoup.parse(html);
    return new Draft(unit.name(), 0, unit.id(), htmlMetadata.url(page), htmlMetadata.published(page), null,
        cleaner.cleanHtml(page, null), true);
  }

  private static void emit(Loaded<Article> article, Consumer<Article> ok, Consumer<Failure> failed) {
    if (article.failed()) {
      failed.accept(article.failure());
    } else {
      ok.accept(article.value());
    }
  }

  /** A name usable as a path component, so that any caller-chosen name works. */
  private static String safeName(String name) {
    String cleaned = name == null ? "" : name.replaceAll("[^\\p{Alnum}._-]", "_");
    return cleaned.isEmpty() ? "input" : cleaned;
  }
}

package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded synthetic corpus recombined from the project's example texts (see BENCHMARKS.md, "Corpus
 * scale"). Each article is, by draw: an exact duplicate of a recent one under a new id and URL
 * ({@link #EXACT_SHARE}), a near-duplicate rewrite of one ({@link #NEAR_SHARE}), a non-conflict
 * article of filler paragraphs only ({@link #NEGATIVE_SHARE}), or else one to three conflict
 * snippets with zero to two filler paragraphs; every snippet's dates, actors, cities and counts refilled.
 */
final class GenerateCorpus {
  static final double EXACT_SHARE = 0.05;
  static final double NEAR_SHARE = 0.05;
  static final double NEGATIVE_SHARE = 0.10;
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final int DAYS = 366;
  static final int OUTLETS = 40;
  /** Duplicates copy one of the last this many originals, as wire copies follow within days. */
  private static final int RECENT = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  record Prepared(String text, List<GenerateSlots.Slot> slots) {}

  record Original(String text, LocalDate published) {}

  /** How many of each kind of article were written. */
  record Counts(long originals, long negatives, long exactDuplicates, long nearDuplicates) {
    long total() {
      return originals + negatives + exactDuplicates + nearDuplicates;
    }
  }

  private final List<Prepared> conflict;
  private final List<Prepared> filler;
  private final GenerateRewrite rewrite;
  private final Random random;
  private final List<Original> recent = new ArrayList<>();
  private final long[] counts = new long[4];

  GenerateCorpus(GenerateSources sources, GenerateVocabulary vocabulary, long seed) {
    GenerateSlots slots = new GenerateSlots(vocabulary);
    this.conflict = sources.conflict.stream().map(t -> new Prepared(t, slots.find(t))).toList();
    this.filler = sources.filler.stream().map(t -> new Prepared(t, slots.find(t))).toList();
    this.rewrite = new GenerateRewrite(vocabulary);
    this.random = new Random(seed);
  }

  Counts write(long count, Writer out) throws IOException {
    for (long i = 0; i < count; i++) {
      out.write(JSON.writeValueAsString(next(i)));
      out.write('\n');
    }
    return new Counts(counts[0], counts[1], counts[2], counts[3]);
  }

  private Map<String, Object> next(long index) {
    double draw = random.nextDouble();
    Original article;
    if (draw < EXACT_SHARE && !recent.isEmpty()) {
      counts[2]++;
      article = recent.get(random.nextInt(recent.size()));
    } else if (draw < EXACT_SHARE + NEAR_SHARE && !recent.isEmpty()) {
      counts[3]++;
      Original copied = recent.get(random.nextInt(recent.size()));
      article = new Original(GenerateRewrite.nearDuplicate(copied.text(), random), copied.published());
    } else {
      article = original(draw < EXACT_SHARE + NEAR_SHARE + NEGATIVE_SHARE);
      remember(article);
    }
    return record(index, article);
  }

  private Original original(boolean negative) {
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    Map<String, String> chosen = new HashMap<>();
    List<String> paragraphs = new ArrayList<>();
    int snippets = negative ? 0 : 1 + random.nextInt(3);
    for (int n = 0; n < snippets; n++) {
      paragraphs.add(fill(conflict, published, chosen));
    }
    int fillers = negative ? 1 + random.nextInt(3) : random.nextInt(3);
    for (int n = 0; n < fillers; n++) {
      // filler goes after the first conflict snippet: the lead stays the news
      int at = paragraphs.isEmpty() ? 0 : 1 + random.nextInt(paragraphs.size());
      paragraphs.add(at, fill(filler, published, chosen));
    }
    counts[negative ? 1 : 0]++;
    return new Original(String.join("\n\n", paragraphs), published);
  }

  private String fill(List<Prepared> pool, LocalDate published, Map<String, String> chosen) {
    Prepared snippet = pool.get(random.nextInt(pool.size()));
    return rewrite.fill(snippet.text(), snippet.slots(), random, published, chosen);
  }

  private void remember(Original article) {
    if (recent.size() < RECENT) {
      recent.add(article);
    } else {
      recent.set(random.nextInt(RECENT), article);
    }
  }

  private Map<String, Object> record(long index, Original article) {
    String id = String.format("gen-%07d", index);
    String outlet = "outlet" + random.nextInt(OUTLETS) + ".example";
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", id);
    record.put("url", "https://" + outlet + "/" + article.published() + "/" + id);
    record.put("published", article.published().toString());
    record.put("source", outlet);
    record.put("text", article.text());
    return record;
  }
}

package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

class BadInputTest {
  @TempDir Path dir;
  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  /** Ingests one path and returns its only failure, checking that no article came out. */
  private Failure onlyFailure(Path path) {
    IngestResult result = ingestor.ingest(List.of(path.toString()));
    assertEquals(List.of(), result.articles());
    assertEquals(1, result.failures().size(), result.failures().toString());
    return result.failures().get(0);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void missingFile() {
    Failure failure = onlyFailure(dir.resolve("nope.txt"));
    assertEquals(ErrorCode.SR109, failure.code());
    assertTrue(failure.describe().startsWith("SR109 no such file or directory: "), failure.describe());
  }

  @Test
  void emptyAndWhitespaceOnly() throws IOException {
    assertEquals(ErrorCode.SR103, onlyFailure(write("empty.txt", new byte[0])).code());
    assertEquals(ErrorCode.SR103, onlyFailure(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))).code());
  }

  @Test
  void binaryWithNulBytes() throws IOException {
    byte[] bytes = "Some text\0\0\0 more".getBytes(StandardCharsets.UTF_8);
    assertEquals(ErrorCode.SR102, onlyFailure(write("data.txt", bytes)).code());
  }

  @Test
  void binaryWithManyControlBytes() throws IOException {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x07 : 'a');
    }
    assertEquals(ErrorCode.SR102, onlyFailure(write("bell.dat", bytes)).code());
  }

  @Test
  void invalidUtf8NamesLineAndByte() throws IOException {
    byte[] good = "Headline\n\nline two\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = 'x';
    bytes[good.length + 1] = (byte) 0xC3;
    bytes[good.length + 2] = (byte) 0x28;
    Failure failure = onlyFailure(write("latin.txt", bytes));
    assertEquals(ErrorCode.SR101, failure.code());
    assertEquals(4, failure.line());
    assertTrue(failure.message().contains("byte " + (good.length + 1)), failure.message());
  }

  @Test
  void nonEnglishArticle() throws IOException {
    String french = "Des milliers de personnes ont fui la ville de Homs vendredi alors que les rebelles avançaient "
        + "depuis le nord, selon des habitants. L'armée a déclaré avoir redéployé des troupes pour protéger les "
        + "civils et a démenti que la ville était encerclée. Au moins vingt personnes ont été tuées dans des "
        + "frappes aériennes sur des villages proches de la ville, a indiqué un groupe de surveillance.";
    Failure failure = onlyFailure(write("fr.txt", ("Titre\n\n" + french).getBytes(StandardCharsets.UTF_8)));
    assertEquals(ErrorCode.SR108, failure.code());
  }

  @Test
  void shortEnglishTextsAreNotRejected() throws IOException {
    Path path = write("short.txt", "Shelling hit Homs overnight.".getBytes(StandardCharsets.UTF_8));
    IngestResult result = ingestor.ingest(List.of(path.toString()));
    assertEquals(List.of(), result.failures());
    assertEquals("Shelling hit Homs overnight.", result.articles().get(0).text());
  }

  @Test
  void tooLargeIsRefusedWithSizeAndLimit() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(20L * 1024 * 1024);
    }
    Failure failure = onlyFailure(big);
    assertEquals(ErrorCode.SR104, failure.code());
    assertTrue(failure.message().contains(String.valueOf(20L * 1024 * 1024)), failure.message());
    assertTrue(failure.message().contains(String.valueOf(IngestOptions.DEFAULT_MAX_BYTES)), failure.message());
  }

  @Test
  void tooLargeOnStdin() {
    byte[] bytes = Samples.ARTICLE.getBytes(StandardCharsets.UTF_8);
    Ingestor small = new Ingestor(IngestOptions.defaults().withMaxBytes(64), new java.io.ByteArrayInputStream(bytes));
    IngestResult result = small.ingest(List.of("-"));
    assertEquals(ErrorCode.SR104, result.failures().get(0).code());
  }

  @Test
  void htmlWithoutBodyText() throws IOException {
    String html = "<html><head><title>Nothing here</title></head><body><nav>Home | World</nav>"
        + "<script>var x = 1;</script><footer>© 2024 Example News</footer></body></html>";
    assertEquals(ErrorCode.SR107, onlyFailure(write("empty.html", html.getBytes(StandardCharsets.UTF_8))).code());
  }

  @Test
  void unsupportedTypesByNameAndBySignature() throws IOException {
    Failure pdf = onlyFailure(write("report.pdf", "%PDF-1.7 whatever".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(ErrorCode.SR111, pdf.code());
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    assertEquals(ErrorCode.SR111, onlyFailure(write("archive.zip", zip)).code());
    Failure renamed = onlyFailure(write("looks-like-text.txt", zip));
    assertEquals(ErrorCode.SR111, renamed.code());
    assertTrue(renamed.message().contains("ZIP"), renamed.message());
  }

  @Test
  void aBadFileDoesNotStopTheOthers() throws IOException {
    Path good = write("good.txt", Samples.ARTICLE.getBytes(StandardCharsets.UTF_8));
    IngestResult result = ingestor.ingest(List.of(dir.resolve("missing.txt").toString(), good.toString()));
    assertEquals(1, result.failures().size());
    assertEquals(1, result.articles().size());
    assertEquals("good", result.articles().get(0).id());
  }
}

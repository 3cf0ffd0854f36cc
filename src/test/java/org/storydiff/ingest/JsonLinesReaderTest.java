package org.storydiff.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.ingest.RecordValidatorTest.accepted;
import static org.storydiff.ingest.RecordValidatorTest.rejected;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.storydiff.ingest.IngestOutcome.Accepted;
import org.storydiff.model.Article;

class JsonLinesReaderTest {

  private static final RecordValidator DEFAULTS = new RecordValidator(IngestLimits.defaults());

  @Test
  void readsOneOutcomePerLineWithOneBasedLineNumbers() {
    List<IngestOutcome> outcomes =
        readAll(
            record("a", "The bridge reopened on Tuesday.")
                + "\n"
                + "{oops\n"
                + record("b", "Two lanes stay shut.")
                + "\n");

    assertThat(outcomes)
        .extracting(IngestOutcome::input)
        .containsExactly("news.jsonl:1", "news.jsonl:2", "news.jsonl:3");
    assertThat(accepted(outcomes.get(0)).body()).isEqualTo("The bridge reopened on Tuesday.");
    assertThat(rejected(outcomes.get(1)).reason()).startsWith("invalid JSON: ");
    assertThat(accepted(outcomes.get(2)).id()).isEqualTo("b");
  }

  @Test
  void handlesCrlfLineEndings() {
    List<IngestOutcome> outcomes =
        readAll(record("a", "First report.") + "\r\n" + record("b", "Second report.") + "\r\n");

    assertThat(outcomes).hasSize(2).allMatch(o -> o instanceof Accepted);
    assertThat(accepted(outcomes.get(1)).body()).isEqualTo("Second report.");
  }

  @Test
  void keepsCarriageReturnsEscapedInsideTheBody() {
    Article article = accepted(readAll(record("a", "Para one.\r\n\r\nPara two.") + "\r\n").get(0));

    assertThat(article.body()).isEqualTo("Para one.\r\n\r\nPara two.");
  }

  @Test
  void skipsBlankLinesButCountsThem() {
    List<IngestOutcome> outcomes =
        readAll(
            "\n"
                + record("a", "Text one.")
                + "\n   \t\n\r\n\u3000\n"
                + record("b", "Text two.")
                + "\n\n");

    assertThat(outcomes)
        .extracting(IngestOutcome::input)
        .containsExactly("news.jsonl:2", "news.jsonl:6");
  }

  @Test
  void readsLastLineWithoutNewline() {
    List<IngestOutcome> outcomes = readAll(record("a", "One.") + "\n" + record("b", "Two."));

    assertThat(outcomes)
        .extracting(IngestOutcome::input)
        .containsExactly("news.jsonl:1", "news.jsonl:2");
  }

  @Test
  void emptyFileYieldsNothing() {
    assertThat(readAll("")).isEmpty();
  }

  @Test
  void ignoresByteOrderMarkAtStartOfFile() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] data = concat(bom, (record("a", "Text.") + "\n").getBytes(UTF_8));

    Article article = accepted(read(data, false, DEFAULTS).next());

    assertThat(article.id()).isEqualTo("a");
  }

  @Test
  void rejectsInvalidUtf8LineAndReadsTheNextWithTheRightNumber() {
    byte[] first = (record("a", "Good line.") + "\n").getBytes(UTF_8);
    // 0xC3 starts a two-byte sequence; 0x28 '(' cannot continue it.
    byte[] bad = "{\"id\":\"b\",\"source\":\"AP\",\"body\":\"caf\u00e9 \"}\n".getBytes(UTF_8);
    int badOffset = "{\"id\":\"b\",\"source\":\"AP\",\"body\":\"caf".length();
    bad[badOffset + 1] = 0x28;
    byte[] third = (record("c", "Also good.") + "\n").getBytes(UTF_8);

    List<IngestOutcome> outcomes = drain(read(concat(first, bad, third), false, DEFAULTS));

    assertThat(outcomes).hasSize(3);
    assertThat(rejected(outcomes.get(1)).rejection().input()).isEqualTo("news.jsonl:2");
    assertThat(rejected(outcomes.get(1)).reason())
        .isEqualTo("invalid UTF-8 at byte offset " + badOffset + " of the line");
    assertThat(outcomes.get(2).input()).isEqualTo("news.jsonl:3");
    assertThat(accepted(outcomes.get(2)).id()).isEqualTo("c");
  }

  @Test
  void rejectsUtf8EncodedSurrogates() {
    byte[] line =
        concat(
            "{\"id\":\"a\",\"source\":\"AP\",\"body\":\"x".getBytes(UTF_8),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "\"}\n".getBytes(UTF_8));

    assertThat(rejected(read(line, false, DEFAULTS).next()).reason()).startsWith("invalid UTF-8");
  }

  @Test
  void preservesEmojiCjkAndRightToLeftText() {
    String body = "Crowds gathered 🎉 at dawn. 北京の天気は晴れ。 قال الشاهد إن الحشد كبير.";

    assertThat(accepted(readAll(record("u", body) + "\n").get(0)).body()).isEqualTo(body);
  }

  @Test
  void readsGzipStream() {
    byte[] gz = gzip(record("a", "Compressed one.") + "\n" + record("b", "Compressed two.") + "\n");

    List<IngestOutcome> outcomes = drain(read(gz, true, DEFAULTS));

    assertThat(outcomes)
        .extracting(IngestOutcome::input)
        .containsExactly("news.jsonl:1", "news.jsonl:2");
    assertThat(accepted(outcomes.get(1)).body()).isEqualTo("Compressed two.");
  }

  @Test
  void truncatedGzipYieldsOneRejectionForTheNextLineAndStops() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      text.append(
              record("id-" + i, "Story number " + i + " about a harbour crane " + (i * 7919) + "."))
          .append('\n');
    }
    byte[] gz = gzip(text.toString());
    byte[] half = Arrays.copyOf(gz, gz.length / 2);

    List<IngestOutcome> outcomes = drain(read(half, true, DEFAULTS));

    IngestOutcome last = outcomes.get(outcomes.size() - 1);
    int complete = outcomes.size() - 1;
    assertThat(complete).isBetween(1, 199);
    assertThat(outcomes.subList(0, complete)).allMatch(o -> o instanceof Accepted);
    assertThat(last.input()).isEqualTo("news.jsonl:" + (complete + 1));
    assertThat(rejected(last).reason())
        .startsWith("gzip stream truncated or corrupt after line " + complete + ": ");
  }

  @Test
  void readsConcatenatedGzipMembersAsOneFile() {
    byte[] gz =
        concat(gzip(record("a", "Morning edition.") + "\n"), gzip(record("b", "Evening.") + "\n"));

    List<IngestOutcome> outcomes = drain(read(gz, true, DEFAULTS));

    assertThat(outcomes)
        .extracting(IngestOutcome::input)
        .containsExactly("news.jsonl:1", "news.jsonl:2");
    assertThat(accepted(outcomes.get(1)).id()).isEqualTo("b");
  }

  @Test
  void corruptGzipTrailerIsReportedAfterTheLastLine() {
    byte[] gz = gzip(record("a", "Only story.") + "\n");
    gz[gz.length - 5] ^= 0x55; // the CRC-32 in the trailer no longer matches

    List<IngestOutcome> outcomes = drain(read(gz, true, DEFAULTS));

    assertThat(outcomes).hasSize(2);
    assertThat(accepted(outcomes.get(0)).id()).isEqualTo("a");
    assertThat(outcomes.get(1).input()).isEqualTo("news.jsonl:2");
    assertThat(rejected(outcomes.get(1)).reason())
        .startsWith("gzip stream truncated or corrupt after line 1: ");
  }

  @Test
  void notGzipDataYieldsOneRejectionInsteadOfThrowing() {
    List<IngestOutcome> outcomes =
        drain(read((record("a", "Plain.") + "\n").getBytes(UTF_8), true, DEFAULTS));

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).input()).isEqualTo("news.jsonl:1");
    assertThat(rejected(outcomes.get(0)).reason())
        .startsWith("gzip stream truncated or corrupt after line 0: ");
  }

  @Test
  void acceptsTenMegabyteBodyWithRaisedLimit() {
    String body = "w".repeat(10_000_000);
    RecordValidator raised = new RecordValidator(new IngestLimits(12_000_000, 1_000));

    Article article = accepted(readAll(record("big", body) + "\n", raised).get(0));

    assertThat(article.body()).hasSize(10_000_000);
  }

  @Test
  void rejectsTenMegabyteBodyWithDefaultLimitMessage() {
    String body = "w".repeat(10_000_000);

    List<IngestOutcome> outcomes =
        readAll(record("big", body) + "\n" + record("next", "Small.") + "\n");

    assertThat(rejected(outcomes.get(0)).reason())
        .isEqualTo("body has 10000000 characters; the limit is 2000000 (--max-body-chars)");
    assertThat(accepted(outcomes.get(1)).id()).isEqualTo("next");
  }

  @Test
  void rejectsLineLongerThanAnyRecordCanBeWithoutBufferingItAndGoesOn() {
    RecordValidator small = new RecordValidator(new IngestLimits(10, 10));
    int maxLine = small.limits().maxLineBytes();
    String huge = record("big", "z".repeat(maxLine + 100_000));

    List<IngestOutcome> outcomes = readAll(huge + "\n" + record("next", "Short.") + "\n", small);

    assertThat(outcomes).hasSize(2);
    assertThat(rejected(outcomes.get(0)).reason())
        .isEqualTo(
            "line is longer than "
                + maxLine
                + " bytes, more than a record can take with"
                + " --max-body-chars 10 and --max-title-chars 10");
    assertThat(accepted(outcomes.get(1)).id()).isEqualTo("next");
  }

  @Test
  void readsLazily() {
    byte[] line = (record("r", "A routine update on the weather.") + "\n").getBytes(UTF_8);
    CountingStream endless = new CountingStream(new RepeatingStream(line, 1L << 32));

    Iterator<IngestOutcome> it = read(endless, false);
    IngestOutcome first = it.next();

    assertThat(first.input()).isEqualTo("news.jsonl:1");
    assertThat(endless.count).isLessThan(1 << 20);
  }

  @Test
  void readsGzipLazily() {
    // Random digits so that the file stays large after compression.
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(record("r" + i, "Reading " + random.nextLong() + random.nextLong())).append('\n');
    }
    byte[] gz = gzip(text.toString());
    CountingStream stream = new CountingStream(new ByteArrayInputStream(gz));

    IngestOutcome first = read(stream, true).next();

    assertThat(accepted(first).id()).isEqualTo("r0");
    assertThat(stream.count).isLessThan(gz.length / 4);
  }

  @Test
  void closesTheStreamAtTheEnd() {
    CountingStream stream =
        new CountingStream(new ByteArrayInputStream((record("a", "x.") + "\n").getBytes(UTF_8)));

    drain(read(stream, false));

    assertThat(stream.closed).isTrue();
  }

  @Test
  void closesTheStreamAfterCorruptGzip() {
    CountingStream stream = new CountingStream(new ByteArrayInputStream(new byte[] {1, 2, 3}));

    drain(read(stream, true));

    assertThat(stream.closed).isTrue();
  }

  @Test
  void failingStreamIsAnIoErrorNotARejection() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk went away");
          }
        };

    Iterator<IngestOutcome> it = read(failing, false);

    org.assertj.core.api.Assertions.assertThatThrownBy(it::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("news.jsonl")
        .hasMessageContaining("disk went away");
  }

  // --- helpers -----------------------------------------------------------------------------

  static String record(String id, String body) {
    return "{\"id\":\""
        + id
        + "\",\"source\":\"Wire\",\"body\":\""
        + RecordValidatorTest.json(body)
        + "\"}";
  }

  private static List<IngestOutcome> readAll(String text) {
    return readAll(text, DEFAULTS);
  }

  private static List<IngestOutcome> readAll(String text, RecordValidator validator) {
    return drain(read(text.getBytes(UTF_8), false, validator));
  }

  private static Iterator<IngestOutcome> read(
      byte[] data, boolean gzip, RecordValidator validator) {
    return JsonLinesReader.read("news.jsonl", new ByteArrayInputStream(data), gzip, validator);
  }

  private static Iterator<IngestOutcome> read(InputStream in, boolean gzip) {
    return JsonLinesReader.read("news.jsonl", in, gzip, DEFAULTS);
  }

  private static List<IngestOutcome> drain(Iterator<IngestOutcome> it) {
    List<IngestOutcome> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Counts bytes handed out and remembers whether it was closed. */
  private static final class CountingStream extends FilterInputStream {
    long count;
    boolean closed;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  /** The same line over and over, {@code total} bytes in all, generated on demand. */
  private static final class RepeatingStream extends InputStream {
    private final byte[] unit;
    private long remaining;
    private int index;

    RepeatingStream(byte[] unit, long total) {
      this.unit = unit;
      this.remaining = total;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      int b = unit[index] & 0xFF;
      index = (index + 1) % unit.length;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      for (int i = 0; i < n; i++) {
        b[off + i] = unit[index];
        index = (index + 1) % unit.length;
      }
      remaining -= n;
      return n;
    }
  }
}

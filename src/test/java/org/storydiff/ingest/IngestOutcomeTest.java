package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.storydiff.ingest.IngestOutcome.Accepted;
import org.storydiff.ingest.IngestOutcome.Rejected;
import org.storydiff.model.Article;

class IngestOutcomeTest {

  @Test
  void rejectedExposesInputAndReason() {
    Rejected rejected = IngestOutcome.rejected("f.parquet#4", "empty body");

    assertThat(rejected.input()).isEqualTo("f.parquet#4");
    assertThat(rejected.reason()).isEqualTo("empty body");
  }

  @Test
  void outcomesAndValidatorSurviveJavaSerializationAsSparkShipsThem() throws Exception {
    Accepted accepted =
        new Accepted("f.jsonl:1", new Article("a", "AP", "Body.", null, null, null, "en"));
    RecordValidator validator = new RecordValidator(new IngestLimits(50, 5));

    assertThat(roundTrip(accepted)).isEqualTo(accepted);
    assertThat(roundTrip(IngestOutcome.rejected("f.jsonl:2", "empty id")))
        .isEqualTo(IngestOutcome.rejected("f.jsonl:2", "empty id"));
    assertThat(((RecordValidator) roundTrip(validator)).limits()).isEqualTo(validator.limits());
  }

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}

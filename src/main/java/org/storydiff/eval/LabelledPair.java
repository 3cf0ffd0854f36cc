package org.storydiff.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence pair with a gold label: 0/1 for paraphrase corpora (MSRP), a 0-5 similarity score for
 * STS. Readers for the tab-separated files of the dataset-sts collection.
 */
public record LabelledPair(double label, String a, String b) {

  /** MSRP: header line, then {@code label \t id1 \t id2 \t sentence1 \t sentence2}. */
  public static List<LabelledPair> readMsrp(Path file) throws IOException {
    return read(file, 5, 0, 3, 4);
  }

  /** STS headlines: {@code score \t sentence1 \t sentence2}; rows without a score are skipped. */
  public static List<LabelledPair> readSts(Path file) throws IOException {
    return read(file, 3, 0, 1, 2);
  }

  private static List<LabelledPair> read(Path file, int columns, int label, int a, int b)
      throws IOException {
    List<LabelledPair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.replace("\uFEFF", "").split("\t", -1);
      if (cells.length < columns || !isNumber(cells[label].strip())) {
        continue; // header, or an STS row left unscored
      }
      pairs.add(new LabelledPair(Double.parseDouble(cells[label].strip()), cells[a], cells[b]));
    }
    return pairs;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }
}

package org.storydiff.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;

/**
 * One dataset's core rows ({@code report.DatasetRows}: {@code Object[]} in the schema's column
 * order) printed as JSON Lines exactly as Spark's JSON writer prints them (its {@code
 * JacksonGenerator} with {@code ignoreNullFields=false}: Jackson's default generator over a {@code
 * Writer}, fields in schema order, nulls written, one object a line, UTF-8), and put in the order
 * of the dataset's sort keys as Spark sorts them. The job writes JSON datasets from these lines
 * without Spark SQL: typing the rows, a shuffle of generic rows and the JSON conversion cost far
 * more than printing the rows where they are made. Not thread-safe (one per task).
 */
final class JsonRows {

  /** Spark's JSON writer uses a default factory: default escaping, NaN written as a string. */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Spark's seed for the hash of {@code repartition(n, column)}. */
  private static final int SPARK_HASH_SEED = 42;

  private final StructType schema;
  private final int[] sortColumns;
  private final Comparator<Object[]> order;
  private final StringBuilderWriter text = new StringBuilderWriter(1 << 14);

  JsonRows(OutputSchemas dataset) {
    this.schema = dataset.schema();
    this.sortColumns = Arrays.stream(dataset.sortKeys()).mapToInt(schema::fieldIndex).toArray();
    this.order = order(schema, dataset.sortKeys());
  }

  /** The columns of the dataset's sort keys, in sort order. */
  int[] sortColumns() {
    return sortColumns.clone();
  }

  /**
   * The rows, sorted by the dataset's keys (stable: equal keys keep their order), as JSON Lines.
   */
  byte[] sortedLines(List<Object[]> rows) {
    List<Object[]> sorted = new ArrayList<>(rows);
    sorted.sort(order);
    return lines(sorted);
  }

  /** The rows in the given order, one JSON object and a newline each, UTF-8. */
  byte[] lines(List<Object[]> rows) {
    text.getBuilder().setLength(0);
    try (JsonGenerator gen = FACTORY.createGenerator(text).setRootValueSeparator(null)) {
      for (Object[] row : rows) {
        writeStruct(gen, schema, row);
        gen.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print a row as JSON", e);
    }
    // A lone surrogate becomes '?', as Spark's UTF-8 strings and its UTF-8 writer make it.
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeStruct(JsonGenerator gen, StructType type, Object[] values)
      throws IOException {
    StructField[] fields = type.fields();
    gen.writeStartObject();
    for (int i = 0; i < fields.length; i++) {
      gen.writeFieldName(fields[i].name());
      write(gen, fields[i].dataType(), values[i]);
    }
    gen.writeEndObject();
  }

  /** Casts as Spark's row conversion accepts them: a value of another type fails as it did. */
  private static void write(JsonGenerator gen, DataType type, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (type == DataTypes.StringType) {
      gen.writeString((String) value);
    } else if (type == DataTypes.IntegerType) {
      gen.writeNumber((Integer) value);
    } else if (type == DataTypes.LongType) {
      gen.writeNumber((Long) value);
    } else if (type == DataTypes.DoubleType) {
      gen.writeNumber((Double) value);
    } else if (type == DataTypes.FloatType) {
      gen.writeNumber((Float) value);
    } else if (type instanceof StructType struct) {
      writeStruct(gen, struct, (Object[]) value);
    } else if (type instanceof ArrayType array) {
      gen.writeStartArray();
      for (Object element : (List<?>) value) {
        write(gen, array.elementType(), element);
      }
      gen.writeEndArray();
    } else {
      throw new IllegalArgumentException("no JSON form for a column of type " + type);
    }
  }

  /**
   * Spark's order of {@code sortWithinPartitions(keys asc nulls last)}: strings by their UTF-8
   * bytes, numbers by value, nulls after everything else.
   */
  static Comparator<Object[]> order(StructType schema, String[] keys) {
    Comparator<Object[]> order = null;
    for (String key : keys) {
      int column = schema.fieldIndex(key);
      DataType type = schema.fields()[column].dataType();
      Comparator<Object> values =
          type == DataTypes.StringType
              ? (a, b) -> compareUtf8((String) a, (String) b)
              : (a, b) -> compareNumbers(type, a, b);
      Comparator<Object[]> byKey =
          Comparator.comparing(row -> row[column], Comparator.nullsLast(values));
      order = order == null ? byKey : order.thenComparing(byKey);
    }
    return order;
  }

  @SuppressWarnings("unchecked")
  private static int compareNumbers(DataType type, Object a, Object b) {
    if (type == DataTypes.IntegerType || type == DataTypes.LongType) {
      return ((Comparable<Object>) a).compareTo(b);
    }
    throw new IllegalArgumentException("cannot sort by a column of type " + type);
  }

  /**
   * The order of the strings' UTF-8 bytes, which is code point order: UTF-16 units compare the same
   * way except that surrogates (code points above U+FFFF) must come after U+E000..U+FFFF.
   */
  static int compareUtf8(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(codePointRank(x), codePointRank(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int codePointRank(char c) {
    if (c < Character.MIN_SURROGATE) {
      return c;
    }
    return Character.isSurrogate(c) ? c + 0x2000 : c - 0x800;
  }

  /**
   * The file, of {@code files}, that Spark's {@code repartition(files, column)} puts a row in by
   * its string {@code key}: Murmur3 of the UTF-8 bytes with Spark's seed, modulo the files, made
   * non-negative. A null key hashes to the seed.
   */
  static int fileOf(String key, int files) {
    int hash;
    if (key == null) {
      hash = SPARK_HASH_SEED;
    } else {
      byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
      hash =
          Murmur3_x86_32.hashUnsafeBytes(
              bytes, Platform.BYTE_ARRAY_OFFSET, bytes.length, SPARK_HASH_SEED);
    }
    int file = hash % files;
    return file < 0 ? file + files : file;
  }
}

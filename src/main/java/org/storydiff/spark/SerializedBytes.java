package org.storydiff.spark;

import java.nio.ByteBuffer;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.SerializerInstance;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Values as the bytes of Spark's own serializer (Kryo with the job's registrator), for what must
 * cross a shuffle or sit in a cache as one opaque array: Spark sizes a byte array at once, where it
 * would walk an object graph. One per task: serializer instances are not thread-safe.
 */
final class SerializedBytes {

  private final SerializerInstance serializer = SparkEnv.get().serializer().newInstance();

  /** The class tag Spark's serializer takes, for a value of {@code type}. */
  @SuppressWarnings("unchecked")
  static <T> ClassTag<T> tag(Class<?> type) {
    return (ClassTag<T>) ClassTag$.MODULE$.apply(type);
  }

  <T> byte[] write(T value, ClassTag<T> tag) {
    ByteBuffer buffer = serializer.serialize(value, tag);
    byte[] out = new byte[buffer.remaining()];
    buffer.get(out);
    return out;
  }

  <T> T read(byte[] bytes, ClassTag<T> tag) {
    return serializer.deserialize(ByteBuffer.wrap(bytes), tag);
  }
}

package org.storydiff.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.factories.SerializerFactory;
import org.apache.spark.serializer.KryoRegistrator;
import org.storydiff.cluster.ScoringItem;
import org.storydiff.cluster.ScoringVector;
import org.storydiff.model.SentenceTokens;

/**
 * Makes Spark's Kryo serializer handle the job's types: records through their canonical
 * constructor, the JDK's unmodifiable collections they hold, and the compact token arrays of
 * analysed articles ({@link SentenceTokensSerializer}). Kryo (instead of Java serialization)
 * serializes every shuffle and every serialized cache of the job, several times smaller and faster
 * for records full of short strings and small lists.
 */
public final class StorydiffKryoRegistrator implements KryoRegistrator {

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(
        Record.class,
        new SerializerFactory() {
          @Override
          @SuppressWarnings({"unchecked", "rawtypes"})
          public Serializer makeSerializer(Kryo k, Class type) {
            return new RecordSerializer<>(k, type);
          }
        });
    UnmodifiableCollectionSerializers.registerAll(kryo);
    kryo.register(SentenceTokens.class, new SentenceTokensSerializer());
    // Registered so that each of the many copies a clustering shuffle writes carries an id, not the
    // class names.
    kryo.register(ScoringItem.class);
    kryo.register(ScoringVector.class);
  }
}

package org.storydiff.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Kryo serialization of any Java record: its components in declaration order, read back through the
 * canonical constructor. Kryo 4 (the one Spark ships) cannot do records itself: its field
 * serializer sets fields after creating an empty instance, which the JVM refuses for a record's
 * final fields. Going through the constructor also re-checks every invariant the record validates.
 * Records must not contain themselves (none of ours do).
 */
final class RecordSerializer<T extends Record> extends Serializer<T> {

  private final Method[] accessors;
  private final Class<?>[] types;
  private final Constructor<T> constructor;

  RecordSerializer(Kryo kryo, Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    accessors = new Method[components.length];
    types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
      types[i] = components[i].getType();
    }
    try {
      constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new KryoException("record without canonical constructor: " + type.getName(), e);
    }
  }

  @Override
  public void write(Kryo kryo, Output output, T record) {
    try {
      for (int i = 0; i < accessors.length; i++) {
        writeComponent(kryo, output, types[i], accessors[i].invoke(record));
      }
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new KryoException("cannot read a component of " + record.getClass().getName(), e);
    }
  }

  @Override
  public T read(Kryo kryo, Input input, Class<T> type) {
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      values[i] = readComponent(kryo, input, types[i]);
    }
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new KryoException("cannot rebuild " + type.getName(), e);
    }
  }

  private static void writeComponent(Kryo kryo, Output output, Class<?> type, Object value) {
    if (type == int.class) {
      output.writeInt((Integer) value);
    } else if (type == long.class) {
      output.writeLong((Long) value);
    } else if (type == double.class) {
      output.writeDouble((Double) value);
    } else if (type == boolean.class) {
      output.writeBoolean((Boolean) value);
    } else if (type == float.class) {
      output.writeFloat((Float) value);
    } else if (type.isPrimitive()) {
      kryo.writeObject(output, value);
    } else {
      kryo.writeClassAndObject(output, value);
    }
  }

  private static Object readComponent(Kryo kryo, Input input, Class<?> type) {
    if (type == int.class) {
      return input.readInt();
    } else if (type == long.class) {
      return input.readLong();
    } else if (type == double.class) {
      return input.readDouble();
    } else if (type == boolean.class) {
      return input.readBoolean();
    } else if (type == float.class) {
      return input.readFloat();
    } else if (type.isPrimitive()) {
      return kryo.readObject(input, boxed(type));
    }
    return kryo.readClassAndObject(input);
  }

  private static Class<?> boxed(Class<?> primitive) {
    if (primitive == short.class) {
      return Short.class;
    } else if (primitive == byte.class) {
      return Byte.class;
    }
    return Character.class;
  }
}

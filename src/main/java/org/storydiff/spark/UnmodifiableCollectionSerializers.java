package org.storydiff.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kryo serializers for the JDK's immutable and unmodifiable collections ({@code List.of}, {@code
 * stream().toList()}, {@code List.copyOf}, {@code Collections.unmodifiableMap}, ...), which Kryo 4
 * would create empty and then fail to fill. Elements are written in iteration order and read back
 * into an unmodifiable collection with the same order and contents.
 */
final class UnmodifiableCollectionSerializers {

  private UnmodifiableCollectionSerializers() {}

  static void registerAll(Kryo kryo) {
    for (Class<?> type :
        List.of(
            List.of().getClass(),
            List.of(1).getClass(),
            List.of(1, 2, 3).getClass(),
            List.of(1, 2, 3).subList(0, 2).getClass(),
            Arrays.asList(1).getClass(),
            Collections.unmodifiableList(new ArrayList<>()).getClass(),
            Collections.unmodifiableList(new java.util.LinkedList<>()).getClass(),
            Collections.unmodifiableCollection(new ArrayList<>()).getClass())) {
      kryo.register(type, new ListSerializer());
    }
    for (Class<?> type :
        List.of(
            Set.of().getClass(),
            Set.of(1).getClass(),
            Set.of(1, 2, 3).getClass(),
            Collections.unmodifiableSet(new LinkedHashSet<>()).getClass())) {
      kryo.register(type, new SetSerializer());
    }
    for (Class<?> type :
        List.of(
            Map.of().getClass(),
            Map.of(1, 1).getClass(),
            Map.of(1, 1, 2, 2).getClass(),
            Collections.unmodifiableMap(new HashMap<>()).getClass())) {
      kryo.register(type, new MapSerializer());
    }
    for (Class<?> type :
        List.of(
            Collections.unmodifiableSortedMap(new TreeMap<>()).getClass(),
            Collections.unmodifiableNavigableMap(new TreeMap<>()).getClass())) {
      kryo.register(type, new SortedMapSerializer());
    }
    for (Class<?> type :
        List.of(
            Collections.unmodifiableSortedSet(new TreeSet<>()).getClass(),
            Collections.unmodifiableNavigableSet(new TreeSet<>()).getClass())) {
      kryo.register(type, new SortedSetSerializer());
    }
  }

  /** The elements, then the list of them, unmodifiable and null-tolerant like {@code toList()}. */
  private static final class ListSerializer extends Serializer<List<?>> {

    @Override
    public void write(Kryo kryo, Output output, List<?> list) {
      writeElements(kryo, output, list);
    }

    @Override
    public List<?> read(Kryo kryo, Input input, Class<List<?>> type) {
      return Arrays.stream(readElements(kryo, input)).toList();
    }
  }

  private static final class SetSerializer extends Serializer<Set<?>> {

    @Override
    public void write(Kryo kryo, Output output, Set<?> set) {
      writeElements(kryo, output, set);
    }

    @Override
    public Set<?> read(Kryo kryo, Input input, Class<Set<?>> type) {
      return Collections.unmodifiableSet(
          new LinkedHashSet<>(Arrays.asList(readElements(kryo, input))));
    }
  }

  private static final class MapSerializer extends Serializer<Map<?, ?>> {

    @Override
    public void write(Kryo kryo, Output output, Map<?, ?> map) {
      output.writeInt(map.size(), true);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        kryo.writeClassAndObject(output, e.getKey());
        kryo.writeClassAndObject(output, e.getValue());
      }
    }

    @Override
    public Map<?, ?> read(Kryo kryo, Input input, Class<Map<?, ?>> type) {
      int size = input.readInt(true);
      Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, size * 4 / 3 + 1));
      for (int i = 0; i < size; i++) {
        map.put(kryo.readClassAndObject(input), kryo.readClassAndObject(input));
      }
      return Collections.unmodifiableMap(map);
    }
  }

  /**
   * Comparator (null for natural order), then the entries; read back unmodifiable and navigable.
   */
  private static final class SortedMapSerializer extends Serializer<SortedMap<?, ?>> {

    @Override
    public void write(Kryo kryo, Output output, SortedMap<?, ?> map) {
      kryo.writeClassAndObject(output, map.comparator());
      output.writeInt(map.size(), true);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        kryo.writeClassAndObject(output, e.getKey());
        kryo.writeClassAndObject(output, e.getValue());
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SortedMap<?, ?> read(Kryo kryo, Input input, Class<SortedMap<?, ?>> type) {
      TreeMap<Object, Object> map =
          new TreeMap<>((Comparator<Object>) kryo.readClassAndObject(input));
      int size = input.readInt(true);
      for (int i = 0; i < size; i++) {
        map.put(kryo.readClassAndObject(input), kryo.readClassAndObject(input));
      }
      return Collections.unmodifiableNavigableMap(map);
    }
  }

  private static final class SortedSetSerializer extends Serializer<SortedSet<?>> {

    @Override
    public void write(Kryo kryo, Output output, SortedSet<?> set) {
      kryo.writeClassAndObject(output, set.comparator());
      writeElements(kryo, output, set);
    }

    @Override
    @SuppressWarnings("unchecked")
    public SortedSet<?> read(Kryo kryo, Input input, Class<SortedSet<?>> type) {
      TreeSet<Object> set = new TreeSet<>((Comparator<Object>) kryo.readClassAndObject(input));
      set.addAll(Arrays.asList(readElements(kryo, input)));
      return Collections.unmodifiableNavigableSet(set);
    }
  }

  private static void writeElements(Kryo kryo, Output output, Collection<?> elements) {
    output.writeInt(elements.size(), true);
    for (Object e : elements) {
      kryo.writeClassAndObject(output, e);
    }
  }

  private static Object[] readElements(Kryo kryo, Input input) {
    Object[] elements = new Object[input.readInt(true)];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = kryo.readClassAndObject(input);
    }
    return elements;
  }
}

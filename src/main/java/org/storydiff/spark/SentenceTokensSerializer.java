package org.storydiff.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.HashMap;
import java.util.Map;
import org.storydiff.model.SentenceTokens;

/**
 * Compact Kryo form of {@link SentenceTokens}, which crosses the shuffle inside every analysed
 * article: offsets as variable-length deltas (the gap before a token, then its length: one byte
 * each in running text), one flag byte a token, and each distinct norm or stem written once, then
 * referred to by number ("the", "." and a story's names recur all through an article). Reading back
 * shares one {@code String} per distinct value, as analysis does. Thread-safe: stateless.
 */
final class SentenceTokensSerializer extends Serializer<SentenceTokens> {

  SentenceTokensSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output out, SentenceTokens tokens) {
    int[] firsts = tokens.firsts();
    out.writeVarInt(firsts.length, true);
    for (int s = 1; s < firsts.length; s++) {
      out.writeVarInt(firsts[s] - firsts[s - 1], true);
    }
    int n = tokens.size();
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      // Gaps are non-negative within a sentence; between sentences they may not be, hence zigzag.
      out.writeVarInt(tokens.start(i) - previousEnd, false);
      out.writeVarInt(tokens.end(i) - tokens.start(i), true);
      previousEnd = tokens.end(i);
    }
    out.writeBytes(tokens.flags());
    Map<String, Integer> ids = new HashMap<>();
    int[] norms = new int[n];
    int[] stems = new int[n];
    for (int i = 0; i < n; i++) {
      norms[i] = ids.computeIfAbsent(tokens.norm(i), k -> ids.size());
      stems[i] = tokens.stem(i) == null ? -1 : ids.computeIfAbsent(tokens.stem(i), k -> ids.size());
    }
    String[] dictionary = new String[ids.size()];
    ids.forEach((value, id) -> dictionary[id] = value);
    out.writeVarInt(dictionary.length, true);
    for (String value : dictionary) {
      out.writeString(value);
    }
    for (int i = 0; i < n; i++) {
      out.writeVarInt(norms[i], true);
      if (stems[i] >= 0) {
        out.writeVarInt(stems[i], true); // content words only: the flags say which
      }
    }
  }

  @Override
  public SentenceTokens read(Kryo kryo, Input in, Class<SentenceTokens> type) {
    int[] firsts = new int[in.readVarInt(true)];
    for (int s = 1; s < firsts.length; s++) {
      firsts[s] = firsts[s - 1] + in.readVarInt(true);
    }
    int n = firsts.length == 0 ? 0 : firsts[firsts.length - 1];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = previousEnd + in.readVarInt(false);
      ends[i] = starts[i] + in.readVarInt(true);
      previousEnd = ends[i];
    }
    byte[] flags = in.readBytes(n);
    String[] dictionary = new String[in.readVarInt(true)];
    for (int d = 0; d < dictionary.length; d++) {
      dictionary[d] = in.readString();
    }
    String[] norms = new String[n];
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      norms[i] = dictionary[in.readVarInt(true)];
      stems[i] = (flags[i] & SentenceTokens.CONTENT) != 0 ? dictionary[in.readVarInt(true)] : null;
    }
    return SentenceTokens.fromArrays(firsts, starts, ends, flags, norms, stems);
  }
}

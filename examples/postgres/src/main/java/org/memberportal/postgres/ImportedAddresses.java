/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

/**
 * The normalised addresses an import has stored so far, each with its line, in two longs a line whatever the
 * address's length (16 MB for a million, where a set of the texts would take about ten times that): each address
 * is kept as a 64-bit hash. Two addresses may share a hash (about one chance in 10^7 over a million): this only
 * names the line an address repeats, while the database's unique key decides whether it is taken.
 */
final class ImportedAddresses {

  private static final long EMPTY = 0;

  private long[] hashes = new long[1 << 12];
  private long[] lines = new long[1 << 12];
  private int size;

  /** Remembers the line that stored an address (the first one wins). */
  void add(String key, long line) {
    if (2 * (size + 1) > hashes.length) {
      grow();
    }
    if (put(hashes, lines, hash(key), line)) {
      size++;
    }
  }

  /** {@return the line that stored an address with the same hash, or 0 when none did} */
  long lineOf(String key) {
    long hash = hash(key);
    int mask = hashes.length - 1;
    for (int i = (int) hash & mask; hashes[i] != EMPTY; i = (i + 1) & mask) {
      if (hashes[i] == hash) {
        return lines[i];
      }
    }
    return 0;
  }

  private static boolean put(long[] hashes, long[] lines, long hash, long line) {
    int mask = hashes.length - 1;
    int i = (int) hash & mask;
    while (hashes[i] != EMPTY) {
      if (hashes[i] == hash) {
        return false;
      }
      i = (i + 1) & mask;
    }
    hashes[i] = hash;
    lines[i] = line;
    return true;
  }

  private void grow() {
    long[] newHashes = new long[hashes.length * 2];
    long[] newLines = new long[lines.length * 2];
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] != EMPTY) {
        put(newHashes, newLines, hashes[i], lines[i]);
      }
    }
    hashes = newHashes;
    lines = newLines;
  }

  /** FNV-1a over the characters, then MurmurHash3's finaliser; never {@link #EMPTY}. */
  private static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }
}

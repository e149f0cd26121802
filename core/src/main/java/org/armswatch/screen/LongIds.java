package org.armswatch.screen;

import java.util.Arrays;

/** Dense ids for long keys, numbered in the order first added: an open-addressing hash table without boxing. */
final class LongIds {
    private long[] keys;
    private int[] ids;
    private int size;

    LongIds(int expected) {
        int n = 16;
        while (n < expected * 2L) {
            n <<= 1;
        }
        keys = new long[n];
        ids = new int[n];
        Arrays.fill(ids, -1);
    }

    /** The id of the key, or -1. */
    int get(long key) {
        int mask = ids.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int id = ids[i];
            if (id < 0 || keys[i] == key) {
                return id;
            }
        }
    }

    /** The id of the key, added with the next id when new. */
    int add(long key) {
        int mask = ids.length - 1;
        int i = mix(key) & mask;
        for (; ; i = (i + 1) & mask) {
            int id = ids[i];
            if (id < 0) {
                break;
            }
            if (keys[i] == key) {
                return id;
            }
        }
        int id = size++;
        keys[i] = key;
        ids[i] = id;
        if (size * 2 > ids.length) {
            rehash();
        }
        return id;
    }

    int size() {
        return size;
    }

    private void rehash() {
        long[] k = new long[keys.length * 2];
        int[] v = new int[ids.length * 2];
        Arrays.fill(v, -1);
        int mask = v.length - 1;
        for (int j = 0; j < ids.length; j++) {
            if (ids[j] >= 0) {
                int i = mix(keys[j]) & mask;
                while (v[i] >= 0) {
                    i = (i + 1) & mask;
                }
                k[i] = keys[j];
                v[i] = ids[j];
            }
        }
        keys = k;
        ids = v;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

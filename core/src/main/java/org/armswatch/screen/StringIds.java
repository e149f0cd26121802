package org.armswatch.screen;

import java.util.Arrays;

/**
 * Dense ids for strings, numbered in the order first added: an open-addressing hash table of ids
 * over an array of the strings, without boxing. Not thread-safe while strings are added; safe to
 * read from many threads once filled.
 */
final class StringIds {
    private String[] strings;
    private int[] table;
    private int size;

    StringIds(int expected) {
        strings = new String[Math.max(4, expected)];
        table = new int[tableSize(expected)];
        Arrays.fill(table, -1);
    }

    /** The id of the string, or -1. */
    int get(String s) {
        int mask = table.length - 1;
        for (int i = mix(s.hashCode()) & mask; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id < 0) {
                return -1;
            }
            if (strings[id].equals(s)) {
                return id;
            }
        }
    }

    /** The id of the string, added with the next id when new. */
    int add(String s) {
        int mask = table.length - 1;
        int i = mix(s.hashCode()) & mask;
        for (; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id < 0) {
                break;
            }
            if (strings[id].equals(s)) {
                return id;
            }
        }
        int id = size++;
        if (id == strings.length) {
            strings = Arrays.copyOf(strings, id * 2);
        }
        strings[id] = s;
        table[i] = id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    int size() {
        return size;
    }

    String string(int id) {
        return strings[id];
    }

    /** Drops the spare room left for adding. */
    void trim() {
        strings = Arrays.copyOf(strings, size);
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        Arrays.fill(t, -1);
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int i = mix(strings[id].hashCode()) & mask;
            while (t[i] >= 0) {
                i = (i + 1) & mask;
            }
            t[i] = id;
        }
        table = t;
    }

    private static int tableSize(int expected) {
        int n = 16;
        while (n < expected * 2L) {
            n <<= 1;
        }
        return n;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

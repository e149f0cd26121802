package org.armswatch.screen;

import java.util.Arrays;

/**
 * Dense ids for strings, numbered in the order first added: an open-addressing hash table of ids
 * over the strings' characters, kept end to end in one array (a string is a slice of it, not an
 * object of its own: less memory, and one cache miss to read it). Not thread-safe while strings
 * are added; safe to read from many threads once filled.
 */
final class StringIds {
    private char[] chars;
    private int[] start;
    private int[] hashes;
    private int[] table;
    private int size;
    private int used;

    StringIds(int expected) {
        int n = Math.max(4, expected);
        chars = new char[n * 8];
        start = new int[n + 1];
        hashes = new int[n];
        table = new int[tableSize(expected)];
        Arrays.fill(table, -1);
    }

    /** The id of the string, or -1. */
    int get(String s) {
        int h = s.hashCode();
        int mask = table.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id < 0) {
                return -1;
            }
            if (hashes[id] == h && same(id, s)) {
                return id;
            }
        }
    }

    /** The id of the string, added with the next id when new. */
    int add(String s) {
        int h = s.hashCode();
        int mask = table.length - 1;
        int i = mix(h) & mask;
        for (; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id < 0) {
                break;
            }
            if (hashes[id] == h && same(id, s)) {
                return id;
            }
        }
        int id = size++;
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            start = Arrays.copyOf(start, id * 2 + 1);
        }
        int length = s.length();
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        s.getChars(0, length, chars, used);
        used += length;
        start[id + 1] = used;
        hashes[id] = h;
        table[i] = id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    int size() {
        return size;
    }

    /** The string of an id, made anew. */
    String string(int id) {
        return new String(chars, start[id], start[id + 1] - start[id]);
    }

    int length(int id) {
        return start[id + 1] - start[id];
    }

    /** Where the string of an id starts in {@link #chars()}. */
    int start(int id) {
        return start[id];
    }

    /** The characters of every string, end to end. */
    char[] chars() {
        return chars;
    }

    /** Drops the spare room left for adding. */
    void trim() {
        chars = Arrays.copyOf(chars, used);
        start = Arrays.copyOf(start, size + 1);
        hashes = Arrays.copyOf(hashes, size);
    }

    private boolean same(int id, String s) {
        int from = start[id];
        int length = start[id + 1] - from;
        if (length != s.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        Arrays.fill(t, -1);
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int i = mix(hashes[id]) & mask;
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

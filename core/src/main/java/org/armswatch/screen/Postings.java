package org.armswatch.screen;

/**
 * Lists of ints by key in compressed-row form: the values of key {@code k} are
 * {@code values[start[k]] … values[start[k + 1] - 1]}, in the order they were added.
 */
final class Postings {
    final int[] start;
    final int[] values;

    Postings(int[] start, int[] values) {
        this.start = start;
        this.values = values;
    }

    /** The pairs {@code (keys[i], values[i])} grouped by key, each key's values in the order given. */
    static Postings of(IntList keys, IntList values, int keyCount) {
        int n = keys.size();
        int[] start = new int[keyCount + 1];
        for (int i = 0; i < n; i++) {
            start[keys.get(i) + 1]++;
        }
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = java.util.Arrays.copyOf(start, keyCount);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[fill[keys.get(i)]++] = values.get(i);
        }
        return new Postings(start, out);
    }

    int length(int key) {
        return start[key + 1] - start[key];
    }
}

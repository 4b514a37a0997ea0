package id.aduan.classifier.model;

import java.util.Arrays;

/** A map from non-zero long keys to int counts with open addressing: no boxing, for hashed n-gram features. */
final class LongCounts {

    private long[] keys;
    private int[] values;
    private int size;

    LongCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    void add(long key, int delta) {
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                values[slot] += delta;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = delta;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** The value of {@code key}, or -1 when absent. */
    int get(long key) {
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** Calls {@code visitor} for every entry. */
    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                visitor.visit(keys[slot], values[slot]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != 0) {
                add(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, int value);
    }

    @Override
    public String toString() {
        return "LongCounts[" + size + "/" + Arrays.stream(keys).filter(k -> k != 0).count() + "]";
    }
}

package org.tutela.filtering;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The distinct values a name table's builder has seen, each with its index in the order first seen, so that a table
 * can keep a small index a name rather than an int (a block list has a few dozen category masks for a million names).
 */
final class Palette {

    private int[] values = new int[16];
    private int size;
    private final HashMap<Integer, Integer> indexes = new HashMap<>();
    /** The value asked for last and its index: a list file gives one value to every name in it. */
    private int lastValue;
    private int lastIndex = -1;

    /** The value's index, added if new. */
    int indexOf(int value) {
        if (lastIndex >= 0 && value == lastValue) {
            return lastIndex;
        }
        var known = indexes.get(value);
        int index;
        if (known != null) {
            index = known;
        } else {
            index = size++;
            if (index == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[index] = value;
            indexes.put(value, index);
        }
        lastValue = value;
        lastIndex = index;
        return index;
    }

    /** The value at an index. */
    int valueAt(int index) {
        return values[index];
    }

    /** The values in index order, for a built table to keep. */
    int[] values() {
        return Arrays.copyOf(values, size);
    }
}

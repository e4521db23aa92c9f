package org.tutela.filtering;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a list file a line at a time as bytes in a reused buffer, so that a million-line list costs no allocation
 * per line. A line is {@code buffer()[start(), end())}, without its line break; it may be changed in place until the
 * next call to {@link #next}.
 */
final class ListReader implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int scanned;
    private int limit;
    private boolean exhausted;
    private long number;
    private int start;
    private int end;

    ListReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    take(i);
                    position = scanned = i + 1;
                    return true;
                }
            }
            scanned = limit;
            if (exhausted) {
                if (position < limit) {
                    take(limit);
                    position = scanned = limit;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The current line's number, from 1. */
    long number() {
        return number;
    }

    /** The current line as text, for the rare line that is not plain ASCII or is kept whole (URLs, expressions). */
    String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    static boolean blank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0b;
    }

    /** Where the word starting at {@code from} ends: at the next blank, or {@code to}. */
    static int tokenEnd(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && !blank(bytes[i])) {
            i++;
        }
        return i;
    }

    /** Whether a word is a URL (it has a path or a query) rather than a name. */
    static boolean url(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '/' || bytes[i] == '?') {
                return true;
            }
        }
        return false;
    }

    private void take(int lineBreak) {
        number++;
        start = position;
        end = lineBreak > start && buffer[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
        // Editors on Windows put a byte-order mark before the first line.
        if (number == 1 && end - start >= 3 && buffer[start] == (byte) 0xEF && buffer[start + 1] == (byte) 0xBB
                && buffer[start + 2] == (byte) 0xBF) {
            start += 3;
        }
    }

    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            scanned -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            // A line longer than the buffer: keep it whole.
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            exhausted = true;
        } else {
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

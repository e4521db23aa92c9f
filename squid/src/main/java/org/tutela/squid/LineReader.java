package org.tutela.squid;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads Squid's request lines without ever holding more than a bounded line: the rest of an overlong line is skipped,
 * so a runaway request costs no memory and the next line is read as usual.
 */
final class LineReader {

    /** One line without its end-of-line; {@code overlong} when it was cut at the limit. */
    record Line(String text, boolean overlong) {
    }

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[16384];
    private int position;
    private int limit;

    LineReader(Reader in, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a line can hold at least one character");
        }
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null when the input has ended. */
    Line next() throws IOException {
        // Most lines are whole in the buffer: made into a String at once, with no builder to copy through.
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                if (i - position > maxLength) {
                    break;
                }
                int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                var text = new String(buffer, position, end - position);
                position = i + 1;
                return new Line(text, false);
            }
        }
        var text = new StringBuilder();
        boolean overlong = false;
        boolean readAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                return readAnything ? line(text, overlong) : null;
            }
            readAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int room = maxLength - text.length();
            int length = position - start;
            if (length > room) {
                overlong = true;
                length = room;
            }
            text.append(buffer, start, length);
            if (position < limit) {
                position++;
                return line(text, overlong);
            }
        }
    }

    /** Whether more input can be read without waiting: if not, it is time to flush the answers written so far. */
    boolean inputWaiting() throws IOException {
        return position < limit || in.ready();
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private static Line line(StringBuilder text, boolean overlong) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new Line(text.substring(0, end), overlong);
    }
}

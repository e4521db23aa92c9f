package org.tutela.squid;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Squid's request lines, one char per byte (ISO-8859-1), so that a URL passes through byte for byte: what an
 * {@code InputStreamReader} behind a {@code BufferedReader} reads, in one step from the bytes to the reader's chars.
 */
final class Latin1Input extends Reader {

    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;

    Latin1Input(InputStream in, int size) {
        this.in = in;
        this.buffer = new byte[size];
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit) {
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return -1;
            }
            position = 0;
            limit = read;
        }
        int n = Math.min(length, limit - position);
        for (int i = 0; i < n; i++) {
            chars[offset + i] = (char) (buffer[position + i] & 0xff);
        }
        position += n;
        return n;
    }

    /** Whether a read would return without waiting: bytes are buffered, or the stream has some. */
    @Override
    public boolean ready() throws IOException {
        return position < limit || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

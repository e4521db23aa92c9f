package org.tutela.squid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The helper's answers to Squid, one byte per char (ISO-8859-1) into a buffer: what an {@code OutputStreamWriter}
 * behind a {@code BufferedWriter} writes, without copying each answer through a char buffer and a charset encoder.
 * A char Latin-1 cannot hold is written as {@code ?}, a surrogate pair as one, as that encoder writes them.
 */
final class Latin1Output extends Writer {

    private final OutputStream out;
    private final byte[] buffer;
    private int count;

    Latin1Output(OutputStream out, int size) {
        this.out = out;
        this.buffer = new byte[size];
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (!latin1(text, offset, length)) {
            writeBytes(text.substring(offset, offset + length).getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        if (length > buffer.length - count) {
            flushBuffer();
            if (length > buffer.length) {
                writeBytes(text.substring(offset, offset + length).getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
        }
        // Every char is below 0x100, so its low byte is its Latin-1 byte.
        text.getBytes(offset, offset + length, buffer, count);
        count += length;
    }

    @Override
    public void write(int c) throws IOException {
        if (count == buffer.length) {
            flushBuffer();
        }
        buffer[count++] = (byte) (c <= 0xff && !Character.isSurrogate((char) c) ? c : '?');
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private static boolean latin1(String text, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (text.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private void writeBytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - count) {
            flushBuffer();
        }
        if (bytes.length > buffer.length) {
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buffer, count, bytes.length);
        count += bytes.length;
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }
}

package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Latin1StreamsTest {

    @Test
    void answersAreTheBytesAnIso88591WriterWouldWriteUnmappableCharsIncluded() throws IOException {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            var expected = new ByteArrayOutputStream();
            var actual = new ByteArrayOutputStream();
            try (var reference = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.ISO_8859_1), 64);
                    var latin1 = new Latin1Output(actual, 64)) {
                for (int line = 0; line < 20; line++) {
                    var text = randomText(random);
                    reference.write(text);
                    reference.write('\n');
                    latin1.write(text);
                    latin1.write('\n');
                    if (random.nextInt(5) == 0) {
                        reference.flush();
                        latin1.flush();
                    }
                }
            }
            assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void everyByteIsReadAsTheCharOfTheSameValue() throws IOException {
        var bytes = new byte[256 * 3];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        var reference = readAll(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
        var latin1 = readAll(new Latin1Input(new ByteArrayInputStream(bytes), 100));

        assertThat(latin1).isEqualTo(reference).hasSize(768);
        assertThat(latin1.charAt(255)).isEqualTo((char) 0xff);
    }

    @Test
    void readyOnlyWhileBytesAreBufferedOrWaiting() throws IOException {
        var input = new Latin1Input(new ByteArrayInputStream("ab".getBytes(StandardCharsets.ISO_8859_1)), 1);
        var chars = new char[4];

        assertThat(input.ready()).isTrue();
        assertThat(input.read(chars, 0, 4)).isEqualTo(1);
        assertThat(input.ready()).isTrue();
        assertThat(input.read(chars, 1, 3)).isEqualTo(1);
        assertThat(input.ready()).isFalse();
        assertThat(input.read(chars, 2, 2)).isEqualTo(-1);
        assertThat(new String(chars, 0, 2)).isEqualTo("ab");
    }

    private static String readAll(Reader reader) throws IOException {
        var text = new StringBuilder();
        var chars = new char[37];
        int read;
        while ((read = reader.read(chars, 0, chars.length)) >= 0) {
            text.append(chars, 0, read);
        }
        return text.toString();
    }

    /** ASCII mostly, with Latin-1 bytes, chars above 0xFF, surrogate pairs and lone surrogates now and then. */
    private static String randomText(Random random) {
        var text = new StringBuilder();
        int length = random.nextInt(150);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(12)) {
                case 0 -> text.append((char) (0x80 + random.nextInt(0x80)));
                case 1 -> text.append((char) (0x100 + random.nextInt(0xd000)));
                case 2 -> text.appendCodePoint(0x1f600 + random.nextInt(50));
                case 3 -> text.append(random.nextBoolean() ? '\ud800' : '\udc00');
                default -> text.append((char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return text.toString();
    }
}

package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void linesEndAtNewlinesWithOrWithoutACarriageReturn() throws IOException {
        var reader = new LineReader(new StringReader("0 a\r\n1 b\n\n2 c"), 100);

        assertThat(reader.next()).isEqualTo(new LineReader.Line("0 a", false));
        assertThat(reader.next()).isEqualTo(new LineReader.Line("1 b", false));
        assertThat(reader.next()).isEqualTo(new LineReader.Line("", false));
        assertThat(reader.next()).isEqualTo(new LineReader.Line("2 c", false));
        assertThat(reader.next()).isNull();
    }

    @Test
    void anOverlongLineIsCutAtTheLimitAndTheRestSkipped() throws IOException {
        var reader = new LineReader(new StringReader("12 " + "x".repeat(50_000) + "\n13 next\n"), 10);

        assertThat(reader.next()).isEqualTo(new LineReader.Line("12 xxxxxxx", true));
        assertThat(reader.next()).isEqualTo(new LineReader.Line("13 next", false));
    }

    @Test
    void aLineOfExactlyTheLimitIsWhole() throws IOException {
        var reader = new LineReader(new StringReader("0123456789\n"), 10);

        assertThat(reader.next()).isEqualTo(new LineReader.Line("0123456789", false));
    }
}

package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void squidsEscapesAreUndone() {
        assertThat(PercentEncoding.decode("http%3A%2F%2Fa.example%2Fx%20y%25")).isEqualTo("http://a.example/x y%");
    }

    @Test
    void aPercentSignThatIsNotAnEscapeStays() {
        assertThat(PercentEncoding.decode("100% sure %zz %4")).isEqualTo("100% sure %zz %4");
    }

    @Test
    void aPlusIsAPlusNotASpace() {
        assertThat(PercentEncoding.decode("a+b")).isEqualTo("a+b");
    }

    @Test
    void escapedUtf8BecomesTheNameItSpells() {
        assertThat(PercentEncoding.asUtf8(PercentEncoding.decode("Ren%C3%A9e"))).isEqualTo("Renée");
    }

    @Test
    void aQueryValueKeepsOnlyUnreservedCharactersUnescaped() {
        assertThat(PercentEncoding.encode("http://a.example/x?y=1&z=a b~_")).isEqualTo(
                "http%3A%2F%2Fa.example%2Fx%3Fy%3D1%26z%3Da%20b~_");
    }

    @Test
    void bytesReadFromSquidAreEscapedAsTheBytesTheyWere() {
        var bytesOfRenee = PercentEncoding.decode("Ren%C3%A9e");

        assertThat(PercentEncoding.encode(bytesOfRenee)).isEqualTo("Ren%C3%A9e");
        assertThat(PercentEncoding.encode("€")).isEqualTo("%E2%82%AC");
    }
}

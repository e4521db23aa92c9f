package org.tutela.blockpage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {

    @Test
    void aHostNameIsCertifiableLowerCasedAndWithoutItsTrailingDot() {
        assertThat(HostNames.certifiable("Casino.Example.")).contains("casino.example");
        assertThat(HostNames.certifiable("xn--bcher-kva.example")).contains("xn--bcher-kva.example");
        assertThat(HostNames.certifiable("a-1.b2.example")).contains("a-1.b2.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "10.1.0.80", "192.168.0.1.", "2001:db8::1", "[2001:db8::1]", "casino..example",
            "-casino.example", "casino-.example", "casino_x.example", "casino.example/", "*.casino.example",
            "casino example", "bücher.example", "1.2.3"})
    void anythingElseIsNot(String name) {
        assertThat(HostNames.certifiable(name)).isEmpty();
    }

    @Test
    void labelsAndNamesHaveTheirDnsLengths() {
        var label63 = "a".repeat(63);
        assertThat(HostNames.certifiable(label63 + ".example")).isPresent();
        assertThat(HostNames.certifiable("a" + label63 + ".example")).isEmpty();
        var name253 = (label63 + ".").repeat(3) + "a".repeat(61);
        assertThat(name253).hasSize(253);
        assertThat(HostNames.certifiable(name253)).isPresent();
        assertThat(HostNames.certifiable(name253 + "a")).isEmpty();
    }

    @Test
    void nullIsNoName() {
        assertThat(HostNames.certifiable(null)).isEmpty();
    }
}

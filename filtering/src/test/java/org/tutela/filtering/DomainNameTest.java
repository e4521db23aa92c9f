package org.tutela.filtering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainNameTest {

    @Test
    void namesAreLowerCasedAndLoseTheirTrailingDotAndWildcard() {
        assertThat(DomainName.normalise("WWW.Example.ORG.")).hasValue("www.example.org");
        assertThat(DomainName.normalise("*.ads.example")).hasValue("ads.example");
        assertThat(DomainName.normalise(".ads.example")).hasValue("ads.example");
    }

    @Test
    void internationalNamesAreComparedInTheirAsciiForm() {
        assertThat(DomainName.normalise("bücher.example")).hasValue("xn--bcher-kva.example");
    }

    @Test
    void thingsThatAreNotHostNamesAreRefused() {
        assertThat(DomainName.normalise("")).isEmpty();
        assertThat(DomainName.normalise("a..b")).isEmpty();
        assertThat(DomainName.normalise("has space.example")).isEmpty();
        assertThat(DomainName.normalise("x".repeat(64) + ".example")).isEmpty();
        assertThat(DomainName.normalise("http://example.org/")).isEmpty();
        assertThatThrownBy(() -> new DomainName("not a name")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.tutela.filtering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The host the block page looks a site up by: as the decision log holds it, or none. */
class BlockedSiteTest {

    static String hostOf(String url) {
        return new BlockedSite(url, null, null, null).host();
    }

    @Test
    void theHostIsLowerCaseWithoutATrailingDotPortPathOrUser() {
        assertThat(hostOf("http://Casino.Example./play?level=3#top")).isEqualTo("casino.example");
        assertThat(hostOf("https://someone@www.casino.example:8443/")).isEqualTo("www.casino.example");
    }

    @Test
    void anAddressWithoutASchemeIsReadAsAHost() {
        assertThat(hostOf("casino.example/play")).isEqualTo("casino.example");
    }

    @Test
    void anAddressThatIsNotAUrlOrHasNoHostHasNoHost() {
        assertThat(hostOf("not a url at all")).isNull();
        assertThat(hostOf("http:///no-host")).isNull();
        assertThat(hostOf("%%%")).isNull();
        assertThat(hostOf("")).isNull();
        assertThat(hostOf(null)).isNull();
    }
}

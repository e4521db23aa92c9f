package org.tutela.filtering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hosts a suspended learner may still reach, checked when Tutela starts (PROC-BUL-07). */
class BlockPageHostsTest {

    @Test
    void withoutConfiguredHostsTheBaseUrlsHostIsLeftOpen() {
        assertThat(BundleExport.blockPageHosts(List.of(), "https://tutela.school.example:8443"))
                .containsExactly("tutela.school.example");
    }

    @Test
    void aTutelaReachedByItsIpAddressLeavesThatAddressOpen() {
        assertThat(BundleExport.blockPageHosts(null, "http://10.20.0.5:8080")).containsExactly("10.20.0.5");
    }

    @Test
    void aBaseUrlWithoutAHostLeavesNothingOpenRatherThanBreakingEveryBundle() {
        assertThat(BundleExport.blockPageHosts(null, "file:///tmp/tutela")).isEmpty();
    }

    @Test
    void aConfiguredHostThatIsNotAHostNameStopsTutelaFromStarting() {
        assertThatIllegalStateException()
                .isThrownBy(() -> BundleExport.blockPageHosts(List.of("tutela.example.org", "not a host"), "x"))
                .withMessageContaining("not a host");
    }
}

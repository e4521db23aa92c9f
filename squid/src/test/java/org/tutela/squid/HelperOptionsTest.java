package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HelperOptionsTest {

    @Test
    void theRewriterReadsItsBlockPageAndExpectsChannelIds() {
        var options = HelperOptions.parse("--mode", "rewrite", "--block-page", "http://block.tutela.local/blocked",
                "--demo-policy");

        assertThat(options).isEqualTo(new HelperOptions(HelperOptions.Mode.REWRITE,
                "http://block.tutela.local/blocked", null, null, true, true));
    }

    @Test
    void theRewriterCannotRunWithoutABlockPage() {
        assertThatThrownBy(() -> HelperOptions.parse("--mode", "rewrite")).hasMessageContaining("--block-page");
    }

    @Test
    void unknownOptionsAndModesAreRefused() {
        assertThatThrownBy(() -> HelperOptions.parse("--mode", "icap")).hasMessageContaining("rewrite or acl");
        assertThatThrownBy(() -> HelperOptions.parse("--mode", "acl", "--verbose")).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> HelperOptions.parse("--mode")).hasMessageContaining("needs a value");
    }

    @Test
    void aBlockPageThatIsNotAnHttpUrlIsRefused() {
        var options = HelperOptions.parse("--mode", "rewrite", "--block-page", "block.tutela.local", "--demo-policy");

        assertThatThrownBy(() -> SquidHelperMain.helper(options, TestSchool.enforced(TestSchool.engine())))
                .hasMessageContaining("http or https URL");
    }

    @Test
    void withoutAPolicyTheHelperDoesNotStart() {
        assertThatThrownBy(() -> EnforcedPolicy.from(HelperOptions.parse("--mode", "acl"), java.time.Clock.systemUTC()))
                .hasMessageContaining("--demo-policy");
    }
}

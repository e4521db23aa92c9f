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
                "http://block.tutela.local/blocked", null, null, true, true, null, null));
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
    void theHelperEnforcesASchoolsPolicyBundleWithItsLists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var gambling = java.nio.file.Files.createDirectories(dir.resolve("ut1/gambling"));
        java.nio.file.Files.writeString(gambling.resolve("domains"), "casino.example\n");
        var bundle = dir.resolve("school.json");
        java.nio.file.Files.writeString(bundle, """
                { "version": 3, "fallbackGroup": "guests", "lists": { "ut1": "%s" },
                  "groups": [ { "id": "guests", "block": ["gambling"] }, { "id": "staff" } ],
                  "clients": { "networks": { "10.20.0.0/16": "staff" } } }
                """.formatted(dir.resolve("ut1")));

        var policy = EnforcedPolicy.from(HelperOptions.parse("--mode", "acl", "--policy", bundle.toString()),
                java.time.Clock.systemUTC());
        var helper = SquidHelperMain.helper(HelperOptions.parse("--mode", "acl", "--policy", bundle.toString()), policy);

        assertThat(policy.engine().policy().version()).isEqualTo(3);
        assertThat(Conversation.answer(helper, "0 192.0.2.7 - GET http%3A%2F%2Fwww.casino.example%2F"))
                .startsWith("0 ERR");
        assertThat(Conversation.answer(helper, "1 10.20.1.1 - GET http%3A%2F%2Fwww.casino.example%2F"))
                .isEqualTo("1 OK");
    }

    @Test
    void withoutAPolicyTheHelperDoesNotStart() {
        assertThatThrownBy(() -> EnforcedPolicy.from(HelperOptions.parse("--mode", "acl"), java.time.Clock.systemUTC()))
                .hasMessageContaining("--demo-policy");
    }
}

package org.tutela.filtering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyWatcherTest {

    @TempDir
    Path directory;

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("abuse-content.example", Categories.IWF)
            .build();
    final BlockListSource source = spec -> lists;

    static String bundle(long version, String ks2Blocks, String extraAllow) {
        return """
                { "version": %d, "school": "Test Primary", "fallbackGroup": "guests",
                  "groups": [
                    { "id": "guests", "block": ["gambling"], "safeSearch": true },
                    { "id": "ks2-upper", "label": "Years 5 and 6", "block": [%s], "allow": [%s], "safeSearch": true },
                    { "id": "staff", "block": [] } ],
                  "clients": { "networks": { "10.0.5.0/24": "ks2-upper", "10.0.9.0/24": "staff" } } }
                """.formatted(version, ks2Blocks, extraAllow);
    }

    Path write(String json, int secondsLater) throws Exception {
        var file = directory.resolve("policy.json");
        Files.writeString(file, json);
        // File times can be coarse: make each write visibly newer.
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-25T10:00:00Z").plusSeconds(secondsLater)));
        return file;
    }

    FilterEngine engineFrom(Path file) throws Exception {
        return new FilterEngine(PolicyBundles.load(file, source), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"),
                ZoneOffset.UTC));
    }

    @Test
    void aBundlePlacesClientsInGroupsAndDecidesForThem() throws Exception {
        var engine = engineFrom(write(bundle(1, "\"gambling\"", ""), 0));

        var group = engine.groupOf("10.0.5.20", null).orElseThrow();
        assertThat(group).isEqualTo(GroupId.UPPER_KS2);
        assertThat(engine.decide(group, "casino.example").blocked()).isTrue();
        assertThat(engine.decide(engine.groupOf("10.0.9.20", null).orElseThrow(), "casino.example").blocked()).isFalse();
        assertThat(engine.groupOf("192.0.2.1", null)).isEmpty();
    }

    @Test
    void aNewerBundleIsPutInForceWithoutARestart() throws Exception {
        var file = write(bundle(1, "\"gambling\"", ""), 0);
        var engine = engineFrom(file);
        var watcher = PolicyWatcher.manual(file, source, engine);

        assertThat(watcher.check()).isFalse();
        write(bundle(2, "", ""), 10);
        assertThat(watcher.check()).isTrue();

        assertThat(engine.policy().version()).isEqualTo(2);
        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").blocked()).isFalse();
    }

    @Test
    void aBrokenBundleLeavesTheLastGoodPolicyInForceAndSaysWhy() throws Exception {
        var file = write(bundle(1, "\"gambling\"", ""), 0);
        var engine = engineFrom(file);
        var watcher = PolicyWatcher.manual(file, source, engine);

        write("{ \"version\": 2, \"groups\": [ ", 10);
        assertThat(watcher.check()).isFalse();
        assertThat(watcher.lastProblem()).contains("not a valid policy bundle");

        write(bundle(3, "\"gambling\"", "\"abuse-content.example\""), 20);
        assertThat(watcher.check()).isFalse();
        assertThat(watcher.lastProblem()).contains("illegal-content list");

        assertThat(engine.policy().version()).isEqualTo(1);
        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").blocked()).isTrue();
        assertThat(engine.decide(GroupId.STAFF, "abuse-content.example").blocked()).isTrue();
    }

    @Test
    void aBundleWithAMisspelledFieldIsRefusedRatherThanHalfRead() throws Exception {
        var file = write("""
                { "version": 1, "fallbackGroup": "guests", "groups": [ { "id": "guests", "blocks": ["gambling"] } ] }
                """, 0);

        assertThatThrownBy(() -> PolicyBundles.load(file, source)).isInstanceOf(PolicyRefused.class)
                .hasMessageContaining("blocks");
    }

    @Test
    void writingABundleIsAtomicAndReadsBackTheSame() throws Exception {
        var original = PolicyBundles.read(write(bundle(4, "\"gambling\"", "\"swiggle.example\""), 0));
        var copy = directory.resolve("copy.json");

        PolicyBundles.write(original, copy);

        assertThat(PolicyBundles.read(copy)).isEqualTo(original);
        assertThat(Files.list(directory)).noneMatch(path -> path.toString().endsWith(".tmp"));
    }
}

package org.tutela.filtering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleListFilesTest {

    @TempDir
    Path directory;

    PolicyBundle.Lists spec() throws Exception {
        var ut1 = Files.createDirectories(directory.resolve("ut1/gambling"));
        Files.writeString(ut1.resolve("domains"), "casino.example\n");
        var iwf = directory.resolve("iwf.txt");
        Files.writeString(iwf, "abuse-content.example/images/\n");
        var extra = directory.resolve("social.txt");
        Files.writeString(extra, "0.0.0.0 friends.example\n");
        return new PolicyBundle.Lists(directory.resolve("ut1").toString(),
                List.of(new PolicyBundle.ListFile("social-networking", extra.toString(), "hosts")), iwf.toString(),
                null);
    }

    @Test
    void theListsABundleNamesAreLoadedUnderTheirCategories() throws Exception {
        var lists = new BundleListFiles().load(spec());
        var policy = FilterPolicy.compile(1, lists, List.of(new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6",
                java.util.Set.of("gambling", "social-networking"), false, List.of(), List.of(), false, null)),
                List.of(), GroupId.UPPER_KS2);

        assertThat(policy.decide(GroupId.UPPER_KS2, "www.casino.example", Instant.now()).category())
                .isEqualTo(Categories.GAMBLING);
        assertThat(policy.decide(GroupId.UPPER_KS2, "friends.example", Instant.now()).category())
                .isEqualTo(Categories.SOCIAL_NETWORKING);
        assertThat(policy.decideUrl(GroupId.UPPER_KS2, "http://abuse-content.example/images/1.jpg", Instant.now())
                .rule()).isEqualTo(Rule.ILLEGAL_LIST);
    }

    @Test
    void unchangedFilesAreNotLoadedAgainButAChangedOneIs() throws Exception {
        var source = new BundleListFiles();
        var spec = spec();
        var first = source.load(spec);

        assertThat(source.load(spec)).isSameAs(first);

        var domains = directory.resolve("ut1/gambling/domains");
        Files.writeString(domains, "casino.example\nbingo.example\n");
        Files.setLastModifiedTime(domains, FileTime.from(Instant.now().plusSeconds(5)));
        var second = source.load(spec);
        assertThat(second).isNotSameAs(first);
        assertThat(second.size()).isEqualTo(first.size() + 1);
    }

    @Test
    void aListUnderAnUnknownCategoryIsRefused() throws Exception {
        var spec = new PolicyBundle.Lists(null, List.of(new PolicyBundle.ListFile("gamling", "x.txt", "domains")),
                null, null);
        assertThatThrownBy(() -> new BundleListFiles().load(spec)).hasMessageContaining("unknown category: gamling");
    }
}

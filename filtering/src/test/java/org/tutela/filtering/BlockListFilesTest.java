package org.tutela.filtering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockListFilesTest {

    @TempDir
    Path dir;

    final BlockLists.Builder builder = BlockLists.builder(Categories.standard());
    final BlockListFiles files = new BlockListFiles(builder);

    Path write(String name, String... lines) throws IOException {
        var file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    static GroupPolicy blocking(String... categories) {
        return new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6", Set.of(categories), false, List.of(), List.of(), false,
                null);
    }

    static boolean blocked(FilterPolicy policy, GroupId group, String url) {
        return policy.decideUrl(group, url, FilterPolicyTest.LESSON).blocked();
    }

    @Nested
    class SquidGuardDirectories {

        @Test
        void eachMappedListIsLoadedUnderItsCategoryAndUnmappedListsAreReported() throws IOException {
            write("ut1/gambling/domains", "casino.example", "bingo-hall.example");
            write("ut1/adult/domains", "adult-site.example");
            write("ut1/shopping/domains", "shop.example");
            Files.writeString(dir.resolve("ut1/README"), "not a list");

            var report = files.squidGuardDirectory(dir.resolve("ut1"), BlockListFiles.UT1).report();
            var lists = builder.build();

            assertThat(lists.categoriesOf("casino.example")).containsExactly(Categories.GAMBLING);
            assertThat(lists.categoriesOf("adult-site.example")).containsExactly(Categories.PORNOGRAPHY);
            assertThat(lists.categoriesOf("shop.example")).isEmpty();
            assertThat(report.namesLoaded(Categories.GAMBLING)).isEqualTo(2);
            assertThat(report.namesLoaded(Categories.PORNOGRAPHY)).isEqualTo(1);
            assertThat(report.unmappedLists()).containsExactly("shopping");
        }

        @Test
        void aListedDomainCoversItsSubdomainsButNotItsParentOrLookalikes() throws IOException {
            write("lists/gambling/domains", "casino.example");
            files.squidGuardDirectory(dir.resolve("lists"), BlockListFiles.UT1);
            var lists = builder.build();

            assertThat(lists.categoriesOf("www.casino.example")).containsExactly(Categories.GAMBLING);
            assertThat(lists.categoriesOf("eu.live.casino.example")).containsExactly(Categories.GAMBLING);
            assertThat(lists.categoriesOf("example")).isEmpty();
            assertThat(lists.categoriesOf("notcasino.example")).isEmpty();
        }

        @Test
        void aNameOnTwoListsCarriesBothCategories() throws IOException {
            write("lists/phishing/domains", "bank-login.example");
            write("lists/social_networks/domains", "bank-login.example");
            files.squidGuardDirectory(dir.resolve("lists"), BlockListFiles.UT1);

            assertThat(builder.build().categoriesOf("bank-login.example"))
                    .containsExactly(Categories.MALWARE, Categories.SOCIAL_NETWORKING);
        }

        @Test
        void urlEntriesAndExpressionsAreLoadedUnderTheirListsCategory() throws IOException {
            write("ut1/games/urls",
                    "# flash games on otherwise harmless sites",
                    "video.example/games/",
                    "",
                    "http://www.flash.example/play/ http://redirect.example/blocked.html",
                    "whole-site.example",
                    "bad..name.example/games/");
            write("ut1/games/expressions",
                    "(^|/)arcade-[0-9]+/",
                    "[unclosed");

            var report = files.squidGuardDirectory(dir.resolve("ut1"), BlockListFiles.UT1).report();
            var lists = builder.build();
            var policy = FilterPolicy.compile(1, lists, List.of(blocking("games")), List.of(), GroupId.UPPER_KS2);

            assertThat(report.urlEntries()).isEqualTo(3);
            assertThat(report.expressions()).isEqualTo(1);
            assertThat(lists.urlEntries()).isEqualTo(2);
            assertThat(lists.expressions()).isEqualTo(1);
            assertThat(lists.categoriesOf("www.whole-site.example")).containsExactly(Categories.GAMES);
            assertThat(blocked(policy, GroupId.UPPER_KS2, "http://video.example/games/snake")).isTrue();
            assertThat(blocked(policy, GroupId.UPPER_KS2, "http://flash.example/play/tetris")).isTrue();
            assertThat(blocked(policy, GroupId.UPPER_KS2, "http://news.example/arcade-12/")).isTrue();
            assertThat(blocked(policy, GroupId.UPPER_KS2, "http://video.example/news/")).isFalse();
            assertThat(report.skipped()).extracting(LoadReport.SkippedLine::line).containsExactly(6L, 2L);
            assertThat(report.skipped().get(0).reason()).isEqualTo("not a host/path entry");
            assertThat(report.skipped().get(1).reason())
                    .startsWith("not a regular expression: Unclosed character class");
            assertThat(report.skipped().get(1).file()).isEqualTo(dir.resolve("ut1/games/expressions"));
        }

        @Test
        void listsLoadedForHostNamesOnlyKeepWholeSiteEntriesAndLeaveOutPathsAndExpressions() throws IOException {
            write("ut1/games/domains", "arcade.example");
            write("ut1/games/urls", "video.example/games/", "whole-site.example", "http://www.whole-too.example/");
            write("ut1/games/expressions", "(^|/)arcade-[0-9]+/", "[unclosed");
            var hostsOnly = BlockLists.builder(Categories.standard()).hostNamesOnly();

            var report = new BlockListFiles(hostsOnly).squidGuardDirectory(dir.resolve("ut1"), BlockListFiles.UT1)
                    .report();
            var lists = hostsOnly.build();
            var policy = FilterPolicy.compile(1, lists, List.of(blocking("games")), List.of(), GroupId.UPPER_KS2);

            assertThat(lists.hostNamesOnly()).isTrue();
            assertThat(lists.urlEntries()).isZero();
            assertThat(lists.expressions()).isZero();
            assertThat(report.skippedLines()).as("the expressions file is not read at all").isZero();
            assertThat(lists.categoriesOf("www.whole-site.example")).containsExactly(Categories.GAMES);
            assertThat(lists.categoriesOf("whole-too.example")).containsExactly(Categories.GAMES);
            assertThat(lists.categoriesOf("video.example")).isEmpty();
            assertThat(policy.decide(GroupId.UPPER_KS2, "arcade.example", FilterPolicyTest.LESSON).blocked()).isTrue();
            assertThat(blocked(policy, GroupId.UPPER_KS2, "arcade.example:443")).isTrue();
            assertThatThrownBy(() -> blocked(policy, GroupId.UPPER_KS2, "http://video.example/games/snake"))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void listsLoadedAsDigestsDecideAsListsOfNamesDoButCannotBeExported() throws IOException {
            write("ut1/games/domains", "arcade.example", "play.example");
            write("ut1/gambling/domains", "play.example", "bet.example");
            write("iwf", "illegal.example");
            var asNames = BlockLists.builder(Categories.standard()).hostNamesOnly();
            var asDigests = BlockLists.builder(Categories.standard()).hostNamesOnly().namesAsDigests();
            for (var builder : List.of(asNames, asDigests)) {
                new BlockListFiles(builder).squidGuardDirectory(dir.resolve("ut1"), BlockListFiles.UT1)
                        .illegalList(dir.resolve("iwf"), Categories.IWF);
            }
            var names = FilterPolicy.compile(1, asNames.build(), List.of(blocking("games")), List.of(),
                    GroupId.UPPER_KS2);
            var digests = FilterPolicy.compile(1, asDigests.build(), List.of(blocking("games")), List.of(),
                    GroupId.UPPER_KS2);

            for (var host : List.of("www.arcade.example", "play.example", "bet.example", "illegal.example",
                    "a.illegal.example", "other.example")) {
                assertThat(digests.decide(GroupId.UPPER_KS2, host, FilterPolicyTest.LESSON)).as(host)
                        .isEqualTo(names.decide(GroupId.UPPER_KS2, host, FilterPolicyTest.LESSON));
                assertThat(digests.lists().categoriesOf(host)).isEqualTo(names.lists().categoriesOf(host));
            }
            assertThat(digests.decide(GroupId.UPPER_KS2, "www.arcade.example", FilterPolicyTest.LESSON).listedName())
                    .isEqualTo("arcade.example");
            assertThat(digests.lists().size()).isEqualTo(4);
            assertThatThrownBy(() -> digests.lists().namesToList()).isInstanceOf(IllegalStateException.class);
            var started = BlockLists.builder(Categories.standard()).add("arcade.example", Categories.GAMES);
            assertThatThrownBy(started::namesAsDigests).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aLinkToAnotherListInTheSameDirectoryIsAnAliasNotAnUnmappedList() throws IOException {
            write("ut1/adult/domains", "adult-site.example");
            Files.createSymbolicLink(dir.resolve("ut1/porn"), dir.resolve("ut1/adult"));

            var report = files.squidGuardDirectory(dir.resolve("ut1"), BlockListFiles.UT1).report();

            assertThat(report.unmappedLists()).isEmpty();
            assertThat(report.namesLoaded(Categories.PORNOGRAPHY)).isEqualTo(1);
        }

        @Test
        void theUt1MappingPlacesUt1ListsInTheCatalogue() {
            assertThat(BlockListFiles.UT1).containsEntry("gambling", Categories.GAMBLING)
                    .containsEntry("adult", Categories.PORNOGRAPHY)
                    .containsEntry("warez", Categories.PIRACY)
                    .containsEntry("malware", Categories.MALWARE)
                    .containsEntry("phishing", Categories.MALWARE)
                    .containsEntry("hacking", Categories.MALWARE)
                    .containsEntry("social_networks", Categories.SOCIAL_NETWORKING)
                    .containsEntry("vpn", Categories.PROXY_VPN)
                    .containsEntry("redirector", Categories.PROXY_VPN)
                    .containsEntry("doh", Categories.DNS_OVER_HTTPS)
                    .containsEntry("dating", Categories.DATING)
                    .containsEntry("chat", Categories.CHAT)
                    .containsEntry("games", Categories.GAMES)
                    .containsEntry("drogue", Categories.DRUGS)
                    .containsEntry("agressif", Categories.VIOLENCE)
                    .containsEntry("webmail", Categories.WEBMAIL)
                    .doesNotContainKeys("liste_blanche", "sexual_education", "strict_redirector");
            assertThat(BlockListFiles.UT1.values()).noneMatch(Category::illegal);
            var catalogue = Categories.standard();
            BlockListFiles.UT1.values().forEach(category -> assertThat(catalogue.byId(category.id())).isPresent());
        }

        @Test
        void aRootThatIsNotADirectoryIsRefused() {
            assertThatThrownBy(() -> files.squidGuardDirectory(dir.resolve("missing"), BlockListFiles.UT1))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("missing");
        }
    }

    @Nested
    class HostsFilesAndPlainLists {

        @Test
        void aHostsFileListsEveryNameAfterTheAddressAndIgnoresLocalhost() throws IOException {
            var hosts = write("hosts",
                    "# malware hosts",
                    "127.0.0.1 localhost",
                    "::1 localhost ip6-localhost ip6-loopback",
                    "0.0.0.0 0.0.0.0",
                    "0.0.0.0 dropper.example",
                    "127.0.0.1\tpayload.example  c2.payload.example # two at once",
                    "0.0.0.0 Tracker.Example.");

            var report = files.nameList(hosts, Categories.MALWARE).report();
            var lists = builder.build();

            assertThat(lists.size()).isEqualTo(4);
            assertThat(lists.categoriesOf("dropper.example")).containsExactly(Categories.MALWARE);
            assertThat(lists.categoriesOf("c2.payload.example")).containsExactly(Categories.MALWARE);
            assertThat(lists.categoriesOf("tracker.example")).containsExactly(Categories.MALWARE);
            assertThat(lists.categoriesOf("localhost")).isEmpty();
            assertThat(report.namesLoaded(Categories.MALWARE)).isEqualTo(4);
            assertThat(report.skippedLines()).isZero();
        }

        @Test
        void aPlainListTakesOneNamePerLineAndIgnoresCommentsAndBlankLines() throws IOException {
            var plain = write("gambling.txt",
                    "# gambling",
                    "",
                    "   ",
                    "casino.example",
                    "  *.bingo.example  ",
                    ".poker.example # trailing comment",
                    "WWW.Slots.Example",
                    "bücher-wetten.example");

            var report = files.nameList(plain, Categories.GAMBLING).report();
            var lists = builder.build();

            assertThat(report.namesLoaded()).isEqualTo(5);
            assertThat(lists.categoriesOf("bingo.example")).containsExactly(Categories.GAMBLING);
            assertThat(lists.categoriesOf("poker.example")).containsExactly(Categories.GAMBLING);
            assertThat(lists.categoriesOf("www.slots.example")).containsExactly(Categories.GAMBLING);
            assertThat(lists.categoriesOf("Bücher-Wetten.example")).containsExactly(Categories.GAMBLING);
            assertThat(report.skippedLines()).isZero();
        }

        @Test
        void windowsLineEndingsAndAByteOrderMarkAreRead() throws IOException {
            var file = dir.resolve("windows.txt");
            Files.write(file, ("\uFEFFcasino.example\r\nbingo.example\r\n").getBytes(StandardCharsets.UTF_8));

            var report = files.nameList(file, Categories.GAMBLING).report();

            assertThat(report.skippedLines()).isZero();
            assertThat(builder.build().categoriesOf("casino.example")).containsExactly(Categories.GAMBLING);
        }

        @Test
        void skippedLinesAreReportedWithFileLineNumberAndReason() throws IOException {
            var plain = write("mixed.txt",
                    "casino.example",
                    "not a name",
                    "casino.example/roulette",
                    "bad..name.example",
                    "bingo.example");

            var report = files.nameList(plain, Categories.GAMBLING).report();

            assertThat(report.namesLoaded()).isEqualTo(2);
            assertThat(report.skippedLines()).isEqualTo(3);
            assertThat(report.skipped()).extracting(LoadReport.SkippedLine::line).containsExactly(2L, 3L, 4L);
            assertThat(report.skipped().get(0).file()).isEqualTo(plain);
            assertThat(report.skipped().get(0).reason()).contains("more than one name");
            assertThat(report.skipped().get(1).reason()).contains("URL");
            assertThat(report.skipped().get(2).reason()).isEqualTo("not a host name");
            assertThat(report.skipped().get(2).text()).isEqualTo("bad..name.example");
            assertThat(report.skipped().get(2).toString()).isEqualTo(plain + ":4: not a host name: bad..name.example");
        }

        @Test
        void theReportKeepsAHundredExamplesButCountsEveryBadLine() throws IOException {
            var lines = new String[250];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = i % 2 == 0 ? "name-" + i + ".example" : "bad name " + i;
            }
            var report = files.nameList(write("many.txt", lines), Categories.GAMBLING).report();

            assertThat(report.skippedLines()).isEqualTo(125);
            assertThat(report.skipped()).hasSize(LoadReport.EXAMPLES);
            assertThat(report.namesLoaded()).isEqualTo(125);
        }

        @Test
        void aLongListAndALineLongerThanTheReadBufferAreReadWhole() throws IOException {
            var lines = new String[200_001];
            for (int i = 0; i < 200_000; i++) {
                lines[i] = "site-" + i + ".example";
            }
            lines[200_000] = "x".repeat(100_000);

            var report = files.nameList(write("long.txt", lines), Categories.GAMBLING).report();

            assertThat(report.namesLoaded()).isEqualTo(200_000);
            assertThat(report.skipped()).singleElement().satisfies(line -> {
                assertThat(line.line()).isEqualTo(200_001);
                assertThat(line.reason()).isEqualTo("not a host name");
            });
            assertThat(builder.build().categoriesOf("www.site-199999.example")).containsExactly(Categories.GAMBLING);
        }

        @Test
        void aFileThatCannotBeReadIsAnErrorNamingIt() {
            var missing = dir.resolve("no-such-list.txt");

            assertThatThrownBy(() -> files.nameList(missing, Categories.GAMBLING))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(missing.toString());
        }
    }

    @Nested
    class IllegalLists {

        @Test
        void anIllegalListIsLoadedFromAHostsFileOrAPlainList() throws IOException {
            var hosts = write("iwf-hosts", "0.0.0.0 abuse-content.invalid");
            var plain = write("terror.txt", "unlawful-terror.invalid");

            var report = files.illegalList(hosts, Categories.IWF).illegalList(plain, Categories.TERRORISM).report();
            var lists = builder.build();

            assertThat(lists.categoriesOf("img.abuse-content.invalid")).containsExactly(Categories.IWF);
            assertThat(lists.categoriesOf("unlawful-terror.invalid")).containsExactly(Categories.TERRORISM);
            assertThat(report.names()).isEqualTo(Map.of(Categories.IWF, 1L, Categories.TERRORISM, 1L));
        }

        @Test
        void anIllegalListMayListUrlsAsWellAsNames() throws IOException {
            var iwf = write("iwf.txt",
                    "abuse-content.invalid",
                    "0.0.0.0 other-abuse.invalid",
                    "http://www.images.example/gallery/abuse-0001/",
                    "images.example/view.php?id=12&");

            var report = files.illegalList(iwf, Categories.IWF).report();
            var staff = new GroupPolicy(GroupId.STAFF, "Staff", Set.of(), false, List.of("images.example"), List.of(),
                    false, null);
            var policy = FilterPolicy.compile(1, builder.build(), List.of(staff), List.of(), GroupId.STAFF);

            assertThat(report.namesLoaded(Categories.IWF)).isEqualTo(2);
            assertThat(report.urlEntries()).isEqualTo(2);
            assertThat(blocked(policy, GroupId.STAFF, "https://cdn.images.example/gallery/abuse-0001/a.jpg"))
                    .isTrue();
            assertThat(blocked(policy, GroupId.STAFF, "http://images.example/view.php?id=12&size=large")).isTrue();
            assertThat(blocked(policy, GroupId.STAFF, "http://images.example/view.php?id=13&size=large")).isFalse();
        }

        @Test
        void onlyAnIllegalCategoryCanBeLoadedAsAnIllegalList() throws IOException {
            var plain = write("not-illegal.txt", "casino.example");

            assertThatThrownBy(() -> files.illegalList(plain, Categories.GAMBLING))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theTextOfABadLineOnAnIllegalListIsWithheldFromTheReport() throws IOException {
            var plain = write("iwf.txt", "abuse-content.invalid", "bad entry here");

            var report = files.illegalList(plain, Categories.IWF).report();

            assertThat(report.skipped()).singleElement().satisfies(line -> {
                assertThat(line.line()).isEqualTo(2);
                assertThat(line.text()).isNull();
            });
        }
    }
}

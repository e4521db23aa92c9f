package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RequestUrl#parse} and {@link FilterPolicy#decideUrl} on any text, and on URLs built round a name on an
 * illegal list (any case, subdomains, user information, port, trailing dot, path, CONNECT, blanks and the rest of a
 * helper's line): parsing and deciding never throw, a host is lower-case ASCII, and an illegal name is blocked by the
 * illegal list for every group, even one that allows it.
 *
 * <p>Seed inputs: {@code src/test/resources/org/tutela/filtering/RequestUrlFuzzTestInputs/anyUrl/}.
 */
class RequestUrlFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> ILLEGAL = List.of("abuse-content.example", "terror.example", "iwf.test.example");
    private static final List<String> SCHEMES = List.of("http://", "https://", "HTTP://", "ftp://", "", "CONNECT ",
            "wss://", "http:\\\\");
    private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_";

    private static final BlockLists LISTS = BlockLists.builder(Categories.standard())
            .add("abuse-content.example", Categories.IWF)
            .add("terror.example", Categories.TERRORISM)
            .add("iwf.test.example", Categories.IWF)
            .add("casino.example", Categories.GAMBLING)
            .addUrl("video.example/games/", Categories.GAMES)
            .addUrl("images.example/gallery/abuse-0001/", Categories.IWF)
            .addExpression("(^|[-/_.?=&])poker-night([-/_.?=&]|$)", Categories.GAMBLING)
            .addExpression("stand-in-illegal-words", Categories.IWF)
            .build();
    private static final FilterPolicy POLICY = FilterPolicy.compile(1, LISTS, List.of(
            new GroupPolicy(GroupId.EYFS, "Early years", Set.of("gambling", "games"), true,
                    List.of("phonics.example"), List.of(), true, SafeSearch.YouTube.STRICT),
            new GroupPolicy(GroupId.UPPER_KS2, "Upper KS2", Set.of("gambling", "games"), false, List.of(),
                    List.of("distraction.example"), true, SafeSearch.YouTube.STRICT),
            // Staff allow a parent of an illegal name (the policy refuses to allow the name itself): the illegal
            // list wins all the same.
            new GroupPolicy(GroupId.STAFF, "Staff", Set.of(), false, List.of("test.example"), List.of(), false,
                    SafeSearch.YouTube.OFF)),
            List.of(), GroupId.UPPER_KS2);
    private static final GroupId[] GROUPS = {null, GroupId.EYFS, GroupId.UPPER_KS2, GroupId.STAFF, GroupId.GUESTS};

    @FuzzTest(maxDuration = "2m")
    void anyUrl(FuzzedDataProvider data) {
        var text = new String(data.consumeBytes(data.consumeInt(0, 2000)), StandardCharsets.UTF_8);
        decideAnything(text);
        var illegal = illegalUrl(data);
        for (var group : GROUPS) {
            var decision = POLICY.decideUrl(group, illegal, NOW);
            assertThat(decision.verdict()).as("%s for %s", illegal, group).isEqualTo(Verdict.BLOCK);
            assertThat(decision.rule()).as("%s for %s", illegal, group).isEqualTo(Rule.ILLEGAL_LIST);
        }
    }

    private static void decideAnything(String text) {
        var url = RequestUrl.parse(text);
        assertThat(url.text()).isNotNull();
        assertThat(url.path()).startsWith("/");
        for (byte c : url.host()) {
            assertThat(c >= 'A' && c <= 'Z' || c < 0).as("%s in the host of %s", (char) c, text).isFalse();
        }
        url.decodedText();
        for (var group : GROUPS) {
            var decision = POLICY.decideUrl(group, text, NOW);
            assertThat(decision).isNotNull();
            assertThat(decision.verdict()).isNotNull();
            if (decision.rule() == Rule.ILLEGAL_LIST) {
                assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
            }
        }
    }

    private static String illegalUrl(FuzzedDataProvider data) {
        var name = data.pickValue(ILLEGAL);
        var scheme = data.pickValue(SCHEMES);
        var url = new StringBuilder();
        url.append(" ".repeat(data.consumeInt(0, 2))).append(scheme);
        boolean full = !scheme.isEmpty() && !scheme.startsWith("CONNECT");
        if (full && data.consumeBoolean()) {
            var user = new String(data.consumeBytes(data.consumeInt(0, 30)), StandardCharsets.ISO_8859_1);
            for (char c : user.toCharArray()) {
                if ("/?#\\@[]".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                    url.append(c);
                }
            }
            url.append('@');
        }
        var host = new StringBuilder();
        int subdomains = data.consumeInt(0, 3);
        for (int i = 0; i < subdomains; i++) {
            for (byte b : data.consumeBytes(data.consumeInt(1, 20))) {
                host.append(LABEL_CHARS.charAt((b & 0xff) % LABEL_CHARS.length()));
            }
            if (host.isEmpty() || host.charAt(host.length() - 1) == '.') {
                host.append('x');
            }
            host.append('.');
        }
        host.append(name);
        long cases = data.consumeLong();
        for (int i = 0; i < host.length(); i++) {
            if ((cases >>> (i % 64) & 1) != 0) {
                host.setCharAt(i, Character.toUpperCase(host.charAt(i)));
            }
        }
        url.append(host);
        if (data.consumeBoolean()) {
            url.append('.');
        }
        if (scheme.startsWith("CONNECT") || data.consumeBoolean()) {
            url.append(':').append(data.consumeInt(0, 65535));
        }
        if (full) {
            var path = new String(data.consumeBytes(data.consumeInt(0, 200)), StandardCharsets.UTF_8);
            url.append('/');
            path.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(url::appendCodePoint);
        }
        if (data.consumeBoolean()) {
            url.append(" 10.10.3.7/- - GET myip=10.0.0.1");
        }
        return url.toString();
    }
}

package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RequestUrlTest {

    static String host(String url) {
        return new String(RequestUrl.parse(url).host(), StandardCharsets.US_ASCII);
    }

    static String path(String url) {
        return RequestUrl.parse(url).path();
    }

    @Test
    void aFullUrlGivesItsLowerCaseHostAndComparablePath() {
        var request = RequestUrl.parse("http://WWW.Casino.Example/Games/Roulette?Table=2#rules");

        assertThat(host("http://WWW.Casino.Example/Games/Roulette?Table=2#rules")).isEqualTo("www.casino.example");
        assertThat(request.path()).isEqualTo("/games/roulette?table=2");
        assertThat(request.hostOnly()).isFalse();
    }

    @Test
    void portsUserInformationAndATrailingDotAreTakenOffTheHost() {
        assertThat(host("http://casino.example:8080/")).isEqualTo("casino.example");
        assertThat(host("https://user:secret@casino.example./x")).isEqualTo("casino.example");
        assertThat(host("http://school.example@casino.example/")).isEqualTo("casino.example");
    }

    @Test
    void anIpv6LiteralLosesItsBracketsAndPort() {
        assertThat(host("http://[2001:DB8::1]:8080/index.html")).isEqualTo("2001:db8::1");
        assertThat(host("http://[::1]/")).isEqualTo("::1");
        assertThat(path("http://[::1]/")).isEqualTo("/");
    }

    @Test
    void aUrlWithoutAPathHasTheRootPath() {
        assertThat(path("http://casino.example")).isEqualTo("/");
        assertThat(path("http://casino.example?q=1")).isEqualTo("/?q=1");
        assertThat(RequestUrl.parse("http://casino.example").hostOnly()).isFalse();
    }

    @Test
    void connectTargetsAndBareHostsAreDecidedOnTheHostAlone() {
        var connect = RequestUrl.parse("CONNECT www.casino.example:443");
        var squidConnect = RequestUrl.parse("www.casino.example:443 10.0.0.7/- - CONNECT myip=10.0.0.1");
        var bare = RequestUrl.parse("casino.example");

        assertThat(connect.hostOnly()).isTrue();
        assertThat(new String(connect.host(), StandardCharsets.US_ASCII)).isEqualTo("www.casino.example");
        assertThat(squidConnect.hostOnly()).isTrue();
        assertThat(new String(squidConnect.host(), StandardCharsets.US_ASCII)).isEqualTo("www.casino.example");
        assertThat(bare.hostOnly()).isTrue();
    }

    @Test
    void backslashesAfterTheSchemeAreReadAsSlashesAsBrowsersReadThem() {
        // Found by fuzzing: "http:\\abUse-Content.example:29811/" was read as the host "http" and allowed.
        assertThat(host("http:\\\\abUse-Content.example:29811/%2e%2e")).isEqualTo("abuse-content.example");
        assertThat(host("https:/\\casino.example/")).isEqualTo("casino.example");
        assertThat(host("http:\\/casino.example/a")).isEqualTo("casino.example");
        assertThat(path("http:\\\\casino.example\\games")).isEqualTo("/games");
        assertThat(host("casino.example:443")).isEqualTo("casino.example");
    }

    @Test
    void theRestOfASquidHelperLineIsIgnored() {
        var request = RequestUrl.parse("http://casino.example/games 10.0.0.7/- - GET myip=10.0.0.1 myport=3128");

        assertThat(request.text()).isEqualTo("http://casino.example/games");
        assertThat(request.path()).isEqualTo("/games");
    }

    @Test
    void pathsArePercentDecodedAndDoubleSlashesCollapsed() {
        assertThat(path("http://casino.example//games%2Froulette/%47ames")).isEqualTo("/games/roulette/games");
        assertThat(path("http://casino.example/a\\b")).isEqualTo("/a/b");
        assertThat(path("http://bücher.example/bücher")).isEqualTo(path("http://bücher.example/b%C3%BCcher"));
        assertThat(host("http://bücher.example/")).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void aSchemeIsOnlyASchemeBeforeTheHost() {
        assertThat(host("casino.example/go?to=http://elsewhere.example/")).isEqualTo("casino.example");
        assertThat(path("casino.example/go?to=http://elsewhere.example/"))
                .isEqualTo("/go?to=http://elsewhere.example/");
    }

    @Test
    void malformedUrlsLeaveAnEmptyHostRatherThanFail() {
        assertThat(host("")).isEmpty();
        assertThat(host(null)).isEmpty();
        assertThat(host("http:///nohost")).isEmpty();
        assertThat(host("/only/a/path")).isEmpty();
        assertThat(host("http://[::1")).isEqualTo("::1");
        assertThat(host("http://%zz/")).isEqualTo("%zz");
    }

    @Test
    void noStringThrows() {
        var random = new Random(11);
        var alphabet = "htps:/[]@?#%.:\\AZaz09é \t-_".toCharArray();
        for (int i = 0; i < 20_000; i++) {
            var chars = new char[random.nextInt(30)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = alphabet[random.nextInt(alphabet.length)];
            }
            var text = new String(chars);
            assertThatCode(() -> {
                var request = RequestUrl.parse(text);
                request.decodedText();
                assertThat(request.path()).startsWith("/");
            }).as(Arrays.toString(chars)).doesNotThrowAnyException();
        }
    }
}

package org.tutela.blockpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InterceptorTest {

    static final UUID SCHOOL = UUID.fromString("3f2c1b0a-1111-4222-8333-944455566677");
    final Interceptor interceptor = new Interceptor(BlockPage.at("https://tutela.example.org/blocked", SCHOOL));

    @Nested
    class ARequestForABlockedSite {

        @Test
        void isSentToTheBlockPageWithTheSiteAndTheSchool() {
            var reply = interceptor.answer("http", "/", "casino.example", null);

            assertThat(reply.status()).isEqualTo(302);
            assertThat(reply.location()).isEqualTo("https://tutela.example.org/blocked?url=http%3A%2F%2Fcasino.example%2F"
                    + "&school=" + SCHOOL);
        }

        @Test
        void keepsThePathAndQueryEncodedSoTheBlockPageReadsThemBack() {
            var reply = interceptor.answer("http", "/games/slots?bet=10&next=/x y#top", "Casino.Example:80", null);

            var query = queryOf(reply.location());
            assertThat(query).containsEntry("url", "http://casino.example/games/slots?bet=10&next=/x%20y")
                    .containsEntry("school", SCHOOL.toString()).hasSize(2);
            assertThat(reply.location()).doesNotContain(" ", "#", "+");
        }

        @Test
        void namesRawBytesInThePathByTheirPercentEncoding() {
            // "/café" sent as UTF-8 bytes, which the request line reads one character a byte.
            var raw = new String("/café?q=a+b".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

            var reply = interceptor.answer("http", raw, "casino.example", null);

            assertThat(queryOf(reply.location())).containsEntry("url", "http://casino.example/caf%C3%A9?q=a+b");
        }

        @Test
        void cutsALongPathSoTheBlockPageAddressStaysShort() {
            var reply = interceptor.answer("http", "/" + "a".repeat(5000), "casino.example", null);

            assertThat(queryOf(reply.location()).get("url"))
                    .isEqualTo("http://casino.example/" + "a".repeat(Interceptor.MAX_PATH - 1));
            assertThat(reply.location().length()).isLessThan(1200);
        }

        @Test
        void cutsALongPathOfRawBytesWithoutLeavingHalfAnEscape() {
            var raw = "/a" + "\u00e9".repeat(2000);

            var url = queryOf(interceptor.answer("http", raw, "casino.example", null).location()).get("url");

            assertThat(url).startsWith("http://casino.example/a%E9%E9").endsWith("%E9");
            assertThat(url.length()).isLessThanOrEqualTo("http://casino.example".length() + Interceptor.MAX_PATH);
        }

        @Test
        void overTlsIsNamedAsHttps() {
            var reply = interceptor.answer("https", "/login", "casino.example", "casino.example");

            assertThat(queryOf(reply.location())).containsEntry("url", "https://casino.example/login");
        }

        @Test
        void takesTheHostOfAnAbsoluteRequestLineOverTheHostHeader() {
            var reply = interceptor.answer("http", "http://user@proxy-bypass.example:8080/p?q=1", "casino.example",
                    null);

            assertThat(queryOf(reply.location())).containsEntry("url", "http://proxy-bypass.example/p?q=1");
        }

        @Test
        void withoutAHostHeaderIsNamedByItsTlsName() {
            var reply = interceptor.answer("https", "/", null, "casino.example");

            assertThat(queryOf(reply.location())).containsEntry("url", "https://casino.example/");
        }

        @Test
        void withNoNameAtAllStillGetsTheBlockPage() {
            var reply = interceptor.answer("http", "/", null, null);

            assertThat(reply.status()).isEqualTo(302);
            assertThat(queryOf(reply.location())).containsEntry("url", "");
        }

        @Test
        void byAnIpv6AddressKeepsItsBrackets() {
            var reply = interceptor.answer("http", "/", "[2001:DB8::1]:80", null);

            assertThat(queryOf(reply.location())).containsEntry("url", "http://[2001:db8::1]/");
        }

        @Test
        void getsAPageWhoseLinkIsEscaped() {
            var reply = interceptor.answer("http", "/\"><script>", "casino.example", null);

            assertThat(reply.html()).contains("href=\"" + reply.location().replace("&", "&amp;") + "\"")
                    .doesNotContain("<script>");
        }
    }

    @Nested
    class TheBlockPageUrl {

        @Test
        void thatHasAQueryAlreadyIsAddedTo() {
            var page = BlockPage.at("https://tutela.example.org/blocked?school=" + SCHOOL, null);

            assertThat(page.locationFor("http://casino.example/"))
                    .isEqualTo("https://tutela.example.org/blocked?school=" + SCHOOL + "&url=http%3A%2F%2Fcasino.example%2F");
            assertThat(BlockPage.at("http://10.1.0.9:8080/blocked?", null).locationFor("x"))
                    .isEqualTo("http://10.1.0.9:8080/blocked?url=x");
        }

        @Test
        void mustBeAnHttpOrHttpsUrlWithAHostAndNoFragment() {
            assertThatIllegalArgumentException().isThrownBy(() -> BlockPage.at("ftp://tutela.example.org/", null));
            assertThatIllegalArgumentException().isThrownBy(() -> BlockPage.at("/blocked", null));
            assertThatIllegalArgumentException().isThrownBy(() -> BlockPage.at("https://tutela.example.org/b#x", null));
            assertThatIllegalArgumentException().isThrownBy(() -> BlockPage.at("https://exa mple.org/", null));
        }
    }

    @Nested
    class ARequestForTheBlockPagesOwnHost {

        @Test
        void isNotSentBackToItself() {
            assertThat(interceptor.answer("http", "/blocked?url=x", "Tutela.Example.Org", null).status())
                    .isEqualTo(421);
            assertThat(interceptor.answer("https", "/", null, "tutela.example.org").location()).isNull();
            assertThat(interceptor.answer("http", "http://tutela.example.org/blocked", "casino.example", null)
                    .status()).isEqualTo(421);
        }

        @Test
        void byAddressIsNotSentBackEither() {
            var byAddress = new Interceptor(BlockPage.at("http://10.1.0.9/blocked", null));

            assertThat(byAddress.answer("http", "/", "10.1.0.9:80", null).status()).isEqualTo(421);
        }
    }

    @Nested
    class AnUnreadableRequest {

        @Test
        void withAHostHeaderThatIsNoHostGets400() {
            assertThat(interceptor.answer("http", "/", "casino.example/evil", null).status()).isEqualTo(400);
            assertThat(interceptor.answer("http", "/", "casino.example:http", null).status()).isEqualTo(400);
            assertThat(interceptor.answer("http", "/", "[2001:db8::1", null).status()).isEqualTo(400);
            assertThat(interceptor.answer("http", "/", "", null).status()).isEqualTo(400);
            assertThat(interceptor.answer("http", "/", "a".repeat(300) + ".example", null).status())
                    .isEqualTo(400);
        }

        @Test
        void withARequestLineThatNamesNoHostGets400() {
            assertThat(interceptor.answer("http", "http://%00/", "casino.example", null).status()).isEqualTo(400);
            assertThat(interceptor.answer("http", "garbage garbage", "casino.example", null).status())
                    .isEqualTo(400);
        }
    }

    static Map<String, String> queryOf(String location) {
        var query = URI.create(location).getRawQuery();
        var parameters = new LinkedHashMap<String, String>();
        for (var pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}

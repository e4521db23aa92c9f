package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Nested
    class FullUrls {

        @Test
        void theHostIsLowerCasedWithoutItsPortOrTrailingDot() throws MalformedRequest {
            var target = RequestTarget.of("GET", "http://WWW.Casino.Example.:8080/Spin?x=1");

            assertThat(target.host()).isEqualTo("www.casino.example");
            assertThat(target.port()).isEqualTo(8080);
            assertThat(target.tunnel()).isFalse();
        }

        @Test
        void aUserNameAndPasswordInTheUrlAreNotTheHost() throws MalformedRequest {
            assertThat(RequestTarget.of("GET", "http://allowed.example@casino.example/").host())
                    .isEqualTo("casino.example");
            assertThat(RequestTarget.of("GET", "ftp://anna:secret@files.example/x").port()).isEqualTo(21);
        }

        @Test
        void anAtSignInThePathDoesNotMoveTheHost() throws MalformedRequest {
            assertThat(RequestTarget.of("GET", "http://allowed.example/mail@casino.example").host())
                    .isEqualTo("allowed.example");
        }

        @Test
        void anIpv6LiteralLosesItsBrackets() throws MalformedRequest {
            var target = RequestTarget.of("GET", "http://[2001:db8::1]:8080/");

            assertThat(target.host()).isEqualTo("2001:db8::1");
            assertThat(target.port()).isEqualTo(8080);
        }

        @Test
        void aPercentEscapedHostIsDecided() throws MalformedRequest {
            assertThat(RequestTarget.of("GET", "http://%63asino.example/").host()).isEqualTo("casino.example");
        }

        @Test
        void theDefaultPortFollowsTheScheme() throws MalformedRequest {
            assertThat(RequestTarget.of("GET", "https://a.example").port()).isEqualTo(443);
            assertThat(RequestTarget.of("GET", "http://a.example:/").port()).isEqualTo(80);
        }

        @Test
        void anotherHostChangesNothingElseInTheUrl() throws MalformedRequest {
            assertThat(RequestTarget.of("GET", "http://user@www.google.com:80/search?q=a%20b#top")
                    .withHost("forcesafesearch.google.com"))
                    .isEqualTo("http://user@forcesafesearch.google.com:80/search?q=a%20b#top");
            assertThat(RequestTarget.of("GET", "http://[::1]/x").withHost("safe.example"))
                    .isEqualTo("http://safe.example/x");
        }

        @Test
        void whatIsNotAUrlIsRefused() {
            assertThatThrownBy(() -> RequestTarget.of("GET", "casino.example/path")).hasMessageContaining("not a URL");
            assertThatThrownBy(() -> RequestTarget.of("GET", "1http://a.example/")).hasMessageContaining("not a URL");
            assertThatThrownBy(() -> RequestTarget.of("GET", "http:///x")).hasMessageContaining("no host");
            assertThatThrownBy(() -> RequestTarget.of("GET", "http://a:b:80/")).hasMessageContaining("host name");
            assertThatThrownBy(() -> RequestTarget.of("GET", "http://a.example:8o/")).hasMessageContaining("port");
            assertThatThrownBy(() -> RequestTarget.of("GET", "http://a%2Fb.example/")).hasMessageContaining("host");
        }
    }

    @Nested
    class Tunnels {

        @Test
        void aConnectIsHostAndPort() throws MalformedRequest {
            var target = RequestTarget.of("CONNECT", "Games.Example:443");

            assertThat(target.tunnel()).isTrue();
            assertThat(target.host()).isEqualTo("games.example");
            assertThat(target.port()).isEqualTo(443);
            assertThat(target.withHost("forcesafesearch.google.com")).isEqualTo("forcesafesearch.google.com:443");
        }

        @Test
        void aConnectToAnIpv6AddressKeepsItsBracketsWhenRewritten() throws MalformedRequest {
            var target = RequestTarget.of("CONNECT", "[2001:db8::1]:443");

            assertThat(target.host()).isEqualTo("2001:db8::1");
            assertThat(target.withHost("2001:db8::2")).isEqualTo("[2001:db8::2]:443");
        }

        @Test
        void withoutAMethodATargetWithoutASchemeIsATunnel() throws MalformedRequest {
            assertThat(RequestTarget.of(null, "games.example:443").tunnel()).isTrue();
        }

        @Test
        void aConnectNeedsHostAndPortAndNothingMore() {
            assertThatThrownBy(() -> RequestTarget.of("CONNECT", "games.example")).hasMessageContaining("host:port");
            assertThatThrownBy(() -> RequestTarget.of("CONNECT", "http://games.example/"))
                    .hasMessageContaining("host:port");
        }
    }
}

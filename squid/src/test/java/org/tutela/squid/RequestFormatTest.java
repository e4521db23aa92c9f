package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RequestFormatTest {

    @Test
    void squidsDefaultRewriterExtrasGiveAddressUserAndMethod() throws MalformedRequest {
        var request = RequestFormat.urlRewriter(RequestFormat.DEFAULT_REWRITE_EXTRAS)
                .read(List.of("http://a.example/", "10.10.3.7/pc12.school.lan", "anna", "POST", "myip=10.0.0.1",
                        "myport=3128"));

        assertThat(request).isEqualTo(new ProxyRequest(new Client("10.10.3.7", "anna"), "POST", "http://a.example/"));
    }

    @Test
    void theReadmesExternalAclFormatGivesAddressUserMethodAndUri() throws MalformedRequest {
        var request = RequestFormat.externalAcl(RequestFormat.DEFAULT_EXTERNAL_ACL)
                .read(List.of("2001:db8::7", "-", "CONNECT", "games.example%3A443"));

        assertThat(request).isEqualTo(new ProxyRequest(new Client("2001:db8::7", null), "CONNECT",
                "games.example:443"));
    }

    @Test
    void aRewritersUrlIsNotUnescapedButItsUserNameIs() throws MalformedRequest {
        var request = RequestFormat.urlRewriter("%un").read(List.of("http://a.example/x%20y", "Ren%C3%A9e"));

        assertThat(request.url()).isEqualTo("http://a.example/x%20y");
        assertThat(request.client().user()).isEqualTo("Renée");
    }

    @Test
    void fieldsTheRequestDoesNotHaveAreUnknown() throws MalformedRequest {
        var request = RequestFormat.urlRewriter(RequestFormat.DEFAULT_REWRITE_EXTRAS).read(List.of("http://a/"));

        assertThat(request).isEqualTo(new ProxyRequest(new Client(null, null), null, "http://a/"));
    }

    @Test
    void aRequestWithoutItsUrlIsMalformed() {
        assertThatThrownBy(() -> RequestFormat.externalAcl("%SRC %un %>rm %URI").read(List.of("10.0.0.1", "-")))
                .isInstanceOf(MalformedRequest.class).hasMessage("no URL in the request");
    }

    @Test
    void aFormatThatNeverSendsTheUrlIsRefused() {
        assertThatThrownBy(() -> RequestFormat.externalAcl("%SRC %un")).hasMessageContaining("%URI");
    }
}

package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelperReplyTest {

    @Test
    void aPlainTokenIsWrittenAsItIsAndAnythingElseIsQuoted() {
        assertThat(HelperReply.ok().with("status", "302").with("url", "http://a.example/").toLine("4"))
                .isEqualTo("4 OK status=302 url=\"http://a.example/\"");
    }

    @Test
    void quotesAndBackslashesInsideAValueAreEscaped() {
        assertThat(HelperReply.err().with("message", "a \"quoted\" C:\\path").toLine(null))
                .isEqualTo("ERR message=\"a \\\"quoted\\\" C:\\\\path\"");
    }

    @Test
    void aValueCanNeverBreakTheAnswerOntoASecondLine() {
        assertThat(HelperReply.brokenHelper("one\ntwo\rthree\u0000").toLine("0"))
                .isEqualTo("0 BH message=\"one\\ntwo\\rthree?\"");
    }

    @Test
    void anEmptyValueIsQuoted() {
        assertThat(HelperReply.ok().with("log", "").toLine("1")).isEqualTo("1 OK log=\"\"");
    }
}

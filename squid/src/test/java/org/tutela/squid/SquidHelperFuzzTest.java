package org.tutela.squid;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any request lines, as Squid would send them (bytes read as ISO-8859-1, one char each), to the rewriter and the
 * external ACL, with and without channel IDs: exactly one well-formed answer line per request line, led by the
 * request's channel ID, and never a failure inside the helper.
 *
 * <p>Seed inputs: {@code src/test/resources/org/tutela/squid/SquidHelperFuzzTestInputs/anyLines/}. Regression mode
 * (every build) runs them once; {@code JAZZER_FUZZ=1} fuzzes (see squid/README.md).
 */
class SquidHelperFuzzTest {

    private static final RequestFilter FILTER = new RequestFilter(TestSchool.engine());
    private static final HelperProtocol REWRITER = new UrlRewriter(
            RequestFormat.urlRewriter(RequestFormat.DEFAULT_REWRITE_EXTRAS), FILTER,
            BlockPage.at(TestSchool.BLOCK_PAGE, null));
    private static final HelperProtocol REDIRECTING_REWRITER = new UrlRewriter(
            RequestFormat.urlRewriter(RequestFormat.DEFAULT_REWRITE_EXTRAS), FILTER,
            BlockPage.at(TestSchool.BLOCK_PAGE + "?from=squid", "redirect"));
    private static final HelperProtocol ACL = new ExternalAcl(
            RequestFormat.externalAcl(RequestFormat.DEFAULT_EXTERNAL_ACL), FILTER);

    @FuzzTest(maxDuration = "2m")
    void anyLines(FuzzedDataProvider data) throws IOException {
        var protocol = data.pickValue(List.of(REWRITER, REDIRECTING_REWRITER, ACL));
        boolean channelIds = data.consumeBoolean();
        int maxLine = data.consumeBoolean() ? SquidHelper.MAX_LINE : data.consumeInt(SquidHelper.MIN_LINE, 300);
        var input = new StringBuilder();
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            if (channelIds && data.consumeBoolean()) {
                input.append(data.consumeLong(0, Long.MAX_VALUE)).append(' ');
            }
            var line = new String(data.consumeBytes(data.consumeInt(0, 600)), StandardCharsets.ISO_8859_1);
            int repeat = data.consumeInt(1, 3) == 3 ? data.consumeInt(1, 1000) : 1;
            input.append(line.repeat(repeat)).append('\n');
        }
        if (input.isEmpty()) {
            return;
        }
        var lines = List.of(input.substring(0, input.length() - 1).split("\n", -1));

        var out = new StringWriter();
        new SquidHelper(protocol, channelIds, maxLine).serve(new StringReader(input.toString()), out);

        var output = out.toString();
        assertThat(output).endsWith("\n");
        var answers = List.of(output.substring(0, output.length() - 1).split("\n", -1));
        assertThat(answers).as("one answer per line").hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), answers.get(i), channelIds);
        }
    }

    private static void check(String request, String answer, boolean channelIds) {
        var text = request.endsWith("\r") ? request.substring(0, request.length() - 1) : request;
        int at = 0;
        if (channelIds) {
            int digits = 0;
            while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                digits++;
            }
            boolean separated = digits == text.length() || Character.isWhitespace(text.charAt(digits));
            if (digits > 0 && digits <= 18 && separated) {
                var channel = text.substring(0, digits) + " ";
                assertThat(answer).as("the channel ID leads the answer").startsWith(channel);
                at = channel.length();
            } else {
                assertThat(answer).isEqualTo("BH message=\"no channel ID at the start of the request line\"");
                return;
            }
        }
        require(!answer.contains("the helper failed on this request"), "a failure inside the helper", answer);
        wellFormed(answer, at);
    }

    /** {@code OK|ERR|BH} then {@code key=value} pairs, each value a token or a quoted string with escapes. */
    private static void wellFormed(String answer, int from) {
        // Plain checks rather than an assertion per character: an answer can be a block page URL of 300 KB.
        require(answer.indexOf('\r') < 0 && answer.indexOf('\0') < 0, "a CR or NUL", answer);
        int end = answer.indexOf(' ', from);
        var result = answer.substring(from, end < 0 ? answer.length() : end);
        require(List.of("OK", "ERR", "BH").contains(result), "the result", answer);
        var keys = new ArrayList<String>();
        int at = end;
        while (at >= 0 && at < answer.length()) {
            require(answer.charAt(at) == ' ', "a blank before a pair", answer);
            int equals = answer.indexOf('=', at);
            require(equals > 0, "a key=value pair", answer);
            var key = answer.substring(at + 1, equals);
            require(!key.isEmpty() && key.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '_' || c == '-')
                    && key.charAt(0) >= 'a', "a key", answer);
            keys.add(key);
            at = equals + 1;
            if (at < answer.length() && answer.charAt(at) == '"') {
                at++;
                while (true) {
                    require(at < answer.length(), "a closing quote", answer);
                    char c = answer.charAt(at);
                    if (c == '"') {
                        at++;
                        break;
                    }
                    if (c == '\\') {
                        require(at + 1 < answer.length() && "\"\\rn".indexOf(answer.charAt(at + 1)) >= 0,
                                "an escape", answer);
                        at += 2;
                    } else {
                        at++;
                    }
                }
            } else {
                int start = at;
                while (at < answer.length() && answer.charAt(at) != ' ') {
                    char c = answer.charAt(at);
                    require((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                            || c == '-' || c == '_', "a plain token", answer);
                    at++;
                }
                require(at > start, "a value", answer);
            }
        }
        if (result.equals("BH")) {
            assertThat(keys).containsExactly("message");
        }
    }

    private static void require(boolean holds, String what, String answer) {
        if (!holds) {
            throw new AssertionError("not well formed (" + what + "): " + RequestTarget.shortened(answer));
        }
    }
}

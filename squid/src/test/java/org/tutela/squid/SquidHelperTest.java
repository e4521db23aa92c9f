package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.squid.Conversation.answers;
import static org.tutela.squid.Conversation.rewriter;
import static org.tutela.squid.TestSchool.LEARNER;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SquidHelperTest {

    static final String GAMES = "http://games.example/ " + LEARNER + "/- - GET myip=10.0.0.1 myport=3128";
    static final String ALLOWED = "http://allowed.example/ " + LEARNER + "/- - GET myip=10.0.0.1 myport=3128";

    @Test
    void aMalformedLineGetsBrokenHelperAndTheNextLineIsStillAnswered() {
        var answers = answers(rewriter(),
                "",
                "4",
                "5 not-a-url " + LEARNER + "/- - GET",
                "6 http:// " + LEARNER + "/- - GET",
                "7 http://[::1/ " + LEARNER + "/- - GET",
                "8 http://games.example:99999/ " + LEARNER + "/- - GET",
                "no channel id here",
                "9 " + GAMES);

        assertThat(answers).hasSize(8);
        assertThat(answers.subList(0, 7)).containsExactly(
                "BH message=\"no channel ID at the start of the request line\"",
                "4 BH message=\"empty request\"",
                "5 BH message=\"not a URL: not-a-url\"",
                "6 BH message=\"no host in http://\"",
                "7 BH message=\"an IPv6 address without its closing bracket: http://[::1/\"",
                "8 BH message=\"port out of range in http://games.example:99999/\"",
                "BH message=\"no channel ID at the start of the request line\"");
        assertThat(answers.get(7)).startsWith("9 OK status=302");
    }

    @Test
    void aVeryLongLineIsRefusedWithoutHoldingItAndTheNextIsAnswered() {
        var helper = new SquidHelper(request -> HelperReply.err(), true, 1024);
        var huge = "3 http://games.example/" + "a".repeat(1_000_000);

        var answers = answers(helper, huge, "4 http://allowed.example/");

        assertThat(answers).containsExactly("3 BH message=\"request line longer than 1024 characters\"", "4 ERR");
    }

    @Test
    void aLineLimitAlwaysHoldsTheWholeChannelIdSoAnOverlongLineIsAnsweredOnItsOwnChannel() {
        // Found by fuzzing: with a limit of one character, "1663070062 no c..." was answered on channel 1.
        assertThatThrownBy(() -> new SquidHelper(request -> HelperReply.err(), true, SquidHelper.MIN_LINE - 1))
                .isInstanceOf(IllegalArgumentException.class);
        var helper = new SquidHelper(request -> HelperReply.err(), true, SquidHelper.MIN_LINE);

        assertThat(answers(helper, "123456789012345678 http://games.example/", "1663070062 no c"))
                .containsExactly("123456789012345678 BH message=\"request line longer than 19 characters\"",
                        "1663070062 ERR");
    }

    @Test
    void aFailureInsideTheHelperIsABrokenHelperAnswerNotACrash() {
        var helper = new SquidHelper(request -> {
            throw new IllegalStateException("a bug");
        }, true, 1024);

        assertThat(answers(helper, "0 http://a.example/", "1 http://b.example/")).containsExactly(
                "0 BH message=\"the helper failed on this request: java.lang.IllegalStateException: a bug\"",
                "1 BH message=\"the helper failed on this request: java.lang.IllegalStateException: a bug\"");
    }

    @Test
    void answersToABurstAreFlushedTogetherWhenSquidHasNothingMoreWaiting() throws IOException {
        var burst = "0 " + GAMES + "\n1 " + ALLOWED + "\n2 " + GAMES + "\n";
        var later = "3 " + ALLOWED + "\n4 " + GAMES + "\n";
        var squid = new SquidsPipe(List.of(burst, later), () -> { });
        var out = new FlushRecordingWriter();

        rewriter().serve(squid, out);

        assertThat(out.flushed).hasSize(3);
        assertThat(Conversation.lines(out.flushed.get(0))).hasSize(3);
        assertThat(Conversation.lines(out.flushed.get(1))).hasSize(5);
        assertThat(out.flushed.get(2)).isEqualTo(out.flushed.get(1));
    }

    @Test
    void aNewPolicyVersionChangesTheNextAnswerWithoutARestart() throws IOException {
        var engine = TestSchool.engine();
        var squid = new SquidsPipe(List.of("0 " + GAMES + "\n", "1 " + GAMES + "\n"),
                () -> engine.activate(TestSchool.version(2, true)));
        var out = new StringWriter();

        rewriter(engine).serve(squid, out);

        var answers = Conversation.lines(out.toString());
        assertThat(answers.get(0)).startsWith("0 OK status=302").contains("&v=1");
        assertThat(answers.get(1)).isEqualTo("1 ERR");
    }

    @Test
    void noGarbageStopsTheHelperOrCostsAnAnswer() {
        var random = new Random(20261125);
        var lines = new ArrayList<String>();
        for (int i = 0; i < 2_000; i++) {
            lines.add(garbage(random, i));
        }
        for (var helper : List.of(rewriter(), Conversation.externalAcl(), rewriter("--no-concurrency"))) {
            var answers = answers(helper, lines.toArray(String[]::new));

            assertThat(answers).hasSize(lines.size());
            assertThat(answers).allMatch(answer -> answer.matches("(?s)([0-9]+ )?(OK|ERR|BH)( .*)?"));
        }
    }

    /** Half-plausible requests with random bytes spliced in: channel IDs, URLs, brackets, quotes, escapes. */
    private static String garbage(Random random, int i) {
        var pieces = List.of("0 ", i + " ", "http://", "casino.example", ":", "443", "[", "]", "/", "%", "%2", "%41",
                " ", "\t", "-", "CONNECT", "GET", "\"", "\\", "@", "?", "#", "\r", LEARNER, "/-", "é", "\u0000");
        var line = new StringBuilder();
        int length = random.nextInt(12);
        for (int p = 0; p < length; p++) {
            if (random.nextInt(5) == 0) {
                line.append((char) (random.nextInt(255) + 1));
            } else {
                line.append(pieces.get(random.nextInt(pieces.size())));
            }
        }
        return line.toString().replace("\n", "");
    }

    /** Squid writing to the helper's stdin in bursts: nothing more is waiting between bursts. */
    static final class SquidsPipe extends Reader {

        private final ArrayDeque<String> bursts;
        private final Runnable betweenBursts;
        private String current = "";
        private int position;
        private boolean started;

        SquidsPipe(List<String> bursts, Runnable betweenBursts) {
            this.bursts = new ArrayDeque<>(bursts);
            this.betweenBursts = betweenBursts;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (bursts.isEmpty()) {
                    return -1;
                }
                if (started) {
                    betweenBursts.run();
                }
                started = true;
                current = bursts.poll();
                position = 0;
            }
            int count = Math.min(length, current.length() - position);
            current.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public boolean ready() {
            return position < current.length();
        }

        @Override
        public void close() {
        }
    }

    /** Remembers what had been written at each flush. */
    static final class FlushRecordingWriter extends StringWriter {

        final List<String> flushed = new ArrayList<>();

        @Override
        public void flush() {
            flushed.add(toString());
        }
    }
}

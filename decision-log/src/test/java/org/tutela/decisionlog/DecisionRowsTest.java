package org.tutela.decisionlog;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;
import org.tutela.filtering.Categories;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Verdict;
import org.tutela.filtering.log.DecisionEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows a batch is sent as, a buffer at a time, and their UTF-8. */
class DecisionRowsTest {

    static final UUID SCHOOL = UUID.fromString("6f1c2a9e-8d4b-4c1e-9a7f-3b2d1e0c9f8a");
    static final Instant LESSON = Instant.parse("2026-11-25T10:15:30.123456789Z");

    @Test
    void aBatchLargerThanTheBufferIsSentWholeInOrderAsTheRowsSay() throws Exception {
        var events = new ArrayList<DecisionEvent>();
        for (int i = 0; i < 2_000; i++) {
            events.add(event("pupil" + i, "http://maths-" + i + ".example/fractions?q=" + "½ de 3 €".repeat(i % 4),
                    "½ de 3 € \"quoted\" 🦊"));
        }
        // A URL longer than the buffer goes on its own, between the rows either side.
        events.add(1_000, event("pupil-long", "http://long.example/" + "é".repeat(40_000), null));
        var copy = new RecordingCopy();

        long rows = new DecisionRows().copy(events, copy);

        assertThat(rows).isEqualTo(events.size());
        assertThat(copy.writes).isGreaterThan(3);
        assertThat(copy.sent.toString(StandardCharsets.UTF_8)).isEqualTo(DecisionRows.csv(events));
        assertThat(copy.sent.toByteArray()).isEqualTo(DecisionRows.csv(events).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textIsEncodedAsUtf8AsJavaEncodesIt() throws Exception {
        for (var text : List.of("plain ascii", "café", "½ € ✓", "fox 🦊 and 𝄞", "lone \ud800 surrogate", "end \udc00",
                "high at the end \ud83e", "")) {
            // The text last in its row, so that a half pair at its end is the row's last character but the newline.
            var events = List.of(event("pupil", "http://search.example/", text));
            var copy = new RecordingCopy();
            new DecisionRows().copy(events, copy);
            var expected = DecisionRows.csv(events).getBytes(StandardCharsets.UTF_8);
            assertThat(copy.sent.toByteArray()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void theTimeIsWrittenInUtcToTheMicrosecondAsItReadsBack() throws Exception {
        var random = new java.util.SplittableRandom(2026);
        var events = new ArrayList<DecisionEvent>();
        for (int i = 0; i < 5_000; i++) {
            // Runs within a second and across seconds, minutes, days and years, whole seconds among them.
            long second = Instant.parse("1999-12-31T23:59:58Z").getEpochSecond() + (i < 2_500 ? i / 100
                    : random.nextLong(2_000_000_000L));
            int nanos = i % 7 == 0 ? 0 : random.nextInt(1_000_000_000);
            events.add(at(Instant.ofEpochSecond(second, nanos)));
        }

        var lines = DecisionRows.csv(events).lines().toList();

        for (int i = 0; i < events.size(); i++) {
            var written = lines.get(i).substring(0, lines.get(i).indexOf(','));
            assertThat(Instant.parse(written)).as(written)
                    .isEqualTo(events.get(i).occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(written).hasSize("2026-11-25T10:15:30.123456Z".length());
        }
    }

    static DecisionEvent at(Instant time) throws Exception {
        return new DecisionEvent(time, SCHOOL, DecisionEvent.Enforcement.DNS, InetAddress.getByName("10.1.5.23"), null,
                null, "host.example", null, null, "A", Verdict.ALLOW, "default-allow", null, 7);
    }

    static DecisionEvent event(String user, String url, String searchTerms) throws Exception {
        return new DecisionEvent(LESSON, SCHOOL, DecisionEvent.Enforcement.SQUID, InetAddress.getByName("10.1.5.23"),
                user, GroupId.UPPER_KS2, "maths.example", url, searchTerms, null, Verdict.BLOCK, "blocked-category",
                Categories.GAMBLING, 7);
    }

    /** A COPY that keeps what it is sent. */
    static final class RecordingCopy implements CopyIn {
        final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        int writes;
        boolean active = true;

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            sent.write(buf, off, siz);
            writes++;
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            active = false;
            return sent.toString(StandardCharsets.UTF_8).lines().count();
        }

        @Override
        public int getFieldCount() {
            return 14;
        }

        @Override
        public int getFormat() {
            return 0;
        }

        @Override
        public int getFieldFormat(int field) {
            return 0;
        }

        @Override
        public boolean isActive() {
            return active;
        }

        @Override
        public void cancelCopy() {
            active = false;
        }

        @Override
        public long getHandledRowCount() {
            return -1;
        }
    }
}

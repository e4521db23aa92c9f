package org.tutela.dns;

import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

import static org.assertj.core.api.Assertions.assertThat;

/** The readers of what arrives on the wire: queries from clients and answers from upstreams. */
@ExtendWith(Leaks.class)
class WireReadersTest {

    @Nested
    class Queries {

        final Question question = new Question();

        @Test
        void readsTheNameLowerCasedAndKeepsTheClientsBytesToEcho() {
            var refusal = QueryReader.read(Wire.buffer(Wire.query(5, "WwW.Example.ORG", Type.AAAA)), question);

            assertThat(refusal).isNull();
            assertThat(question.nameText()).isEqualTo("www.example.org");
            assertThat(question.type()).isEqualTo(Type.AAAA);
            assertThat(question.id()).isEqualTo(5);
            var echoed = Unpooled.buffer();
            question.writeName(echoed);
            assertThat(Wire.name("WwW.Example.ORG").toWire()).isEqualTo(io.netty.buffer.ByteBufUtil.getBytes(echoed));
        }

        @Test
        void readsTheEdnsUdpSizeAndDoBit() {
            QueryReader.read(Wire.buffer(Wire.ednsQuery("example.org", Type.A, 1400, true)), question);

            assertThat(question.edns()).isTrue();
            assertThat(question.udpSize()).isEqualTo(1400);
            assertThat(question.dnssecOk()).isTrue();
        }

        @Test
        void aUdpSizeBelow512CountsAs512AndAboveOurLimitAsOurLimit() {
            QueryReader.read(Wire.buffer(Wire.ednsQuery("example.org", Type.A, 100, false)), question);
            assertThat(question.udpSize()).isEqualTo(512);

            QueryReader.read(Wire.buffer(Wire.ednsQuery("example.org", Type.A, 65_000, false)), question);
            assertThat(question.udpSize()).isEqualTo(Question.MAX_UDP_SIZE);
        }

        @Test
        void aDotInsideALabelIsRefusedSinceTheEngineWouldReadTwoLabels() throws Exception {
            var query = Message.newQuery(org.xbill.DNS.Record.newRecord(
                    Name.fromString("casino\\.example.org."), Type.A, DClass.IN));

            assertThat(QueryReader.read(Wire.buffer(query), question)).isEqualTo(Question.Refusal.REFUSED);
        }

        @Test
        void anOperationOtherThanQueryIsNotImplemented() {
            var update = Wire.query("example.org", Type.A);
            update.getHeader().setOpcode(org.xbill.DNS.Opcode.UPDATE);

            assertThat(QueryReader.read(Wire.buffer(update), question)).isEqualTo(Question.Refusal.NOTIMP);
        }

        @Test
        void twoOptRecordsAreAFormatError() {
            var query = Wire.ednsQuery("example.org", Type.A, 1232, false);
            var wire = query.toWire();
            // Append a second, identical OPT record and count it.
            var doubled = Unpooled.buffer().writeBytes(wire).writeBytes(wire, wire.length - 11, 11);
            doubled.setShort(10, 2);

            assertThat(QueryReader.read(doubled, question)).isEqualTo(Question.Refusal.FORMERR);
        }
    }

    @Nested
    class UpstreamAnswers {

        @Test
        void aNegativeAnswerMayBeCachedForTheLesserOfTheSoaTtlAndMinimum() {
            var answer = new Message(1);
            answer.getHeader().setFlag(Flags.QR);
            answer.getHeader().setRcode(Rcode.NXDOMAIN);
            answer.addRecord(Wire.query("gone.example", Type.A).getQuestion(), Section.QUESTION);
            answer.addRecord(new SOARecord(Wire.name("example"), DClass.IN, 120, Wire.name("ns.example"),
                    Wire.name("admin.example"), 1, 3600, 600, 86400, 900), Section.AUTHORITY);
            var buffer = ByteBufAllocator.DEFAULT.buffer().writeBytes(answer.toWire());

            var facts = UpstreamAnswer.read(buffer, Question.of("gone.example", Type.A));
            buffer.release();

            assertThat(facts.cacheSeconds()).isEqualTo(120);
            assertThat(facts.responseCode()).isEqualTo(Rcode.NXDOMAIN);
        }

        @Test
        void anAnswerToAnotherQuestionIsRefused() {
            var upstream = new ScriptedUpstream().answering("one.example", Type.A,
                    QueryHandlerTest.a("one.example", "192.0.2.1", 60));
            var asked = Question.of("one.example", Type.A);
            upstream.ask(asked, null, (message, facts) -> {
                assertThat(UpstreamAnswer.read(message, Question.of("two.example", Type.A))).isNull();
                message.release();
            });
        }

        @Test
        void noUpstreamAnswerCrashesTheReaderOrTheSafeSearchCopy() {
            var random = new Random(20261125);
            var question = Question.of("forcesafesearch.google.com", Type.A);
            var answer = new Message(0);
            answer.getHeader().setFlag(Flags.QR);
            answer.addRecord(Wire.query("forcesafesearch.google.com", Type.A).getQuestion(), Section.QUESTION);
            answer.addRecord(QueryHandlerTest.a("forcesafesearch.google.com", "216.239.38.120", 300), Section.ANSWER);
            answer.addRecord(new org.xbill.DNS.CNAMERecord(Wire.name("forcesafesearch.google.com"), DClass.IN, 300,
                    Wire.name("other.google.com")), Section.ANSWER);
            var valid = answer.toWire();
            int read = 0;
            for (int i = 0; i < 20_000; i++) {
                var bytes = valid.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bytes[12 + random.nextInt(bytes.length - 12)] = (byte) random.nextInt(256);
                }
                var buffer = ByteBufAllocator.DEFAULT.buffer().writeBytes(bytes, 0, random.nextInt(bytes.length + 1));
                try {
                    var facts = UpstreamAnswer.read(buffer, question);
                    if (facts != null) {
                        read++;
                        Responses.safeSearch(ByteBufAllocator.DEFAULT, question, "forcesafesearch.google.com", 300,
                                buffer, facts).release();
                    }
                } finally {
                    buffer.release();
                }
            }
            assertThat(read).as("some mutants are still answers").isPositive();
        }
    }
}

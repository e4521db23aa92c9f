package org.tutela.dns;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Message;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(Leaks.class)
class AnswerCacheTest {

    final TestClock clock = new TestClock(SchoolPolicy.LESSON);

    @Test
    void anAnswerNotAskedForMakesRoomBeforeOneThatWasWhenTheCacheIsFull() {
        var cache = new AnswerCache(2, clock);
        store(cache, "one.example", 300);
        store(cache, "two.example", 300);
        release(cache.answer(question("one.example"), ByteBufAllocator.DEFAULT));

        store(cache, "three.example", 300);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.answer(question("two.example"), ByteBufAllocator.DEFAULT)).isNull();
        release(cache.answer(question("one.example"), ByteBufAllocator.DEFAULT));
        release(cache.answer(question("three.example"), ByteBufAllocator.DEFAULT));
    }

    @Test
    void answersAskedForOutliveOneThatWasNotEvenWhenStoredEarlier() {
        var cache = new AnswerCache(3, clock);
        store(cache, "one.example", 300);
        store(cache, "two.example", 300);
        store(cache, "three.example", 300);
        release(cache.answer(question("one.example"), ByteBufAllocator.DEFAULT));
        release(cache.answer(question("two.example"), ByteBufAllocator.DEFAULT));

        store(cache, "four.example", 300);
        store(cache, "five.example", 300);

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.answer(question("three.example"), ByteBufAllocator.DEFAULT)).isNull();
        assertThat(cache.answer(question("four.example"), ByteBufAllocator.DEFAULT))
                .as("passed over once, then the first not asked for again").isNull();
        release(cache.answer(question("one.example"), ByteBufAllocator.DEFAULT));
        release(cache.answer(question("two.example"), ByteBufAllocator.DEFAULT));
        release(cache.answer(question("five.example"), ByteBufAllocator.DEFAULT));
    }

    @Test
    void aLargeCacheIsStripedAndNeverHoldsMoreThanItsCapacity() {
        var cache = new AnswerCache(AnswerCache.STRIPE_FROM, clock);
        for (int i = 0; i < 3 * AnswerCache.STRIPE_FROM; i++) {
            store(cache, "host" + i + ".example", 300);
        }

        assertThat(cache.stripes()).isGreaterThan(1);
        assertThat(cache.size()).isEqualTo(AnswerCache.STRIPE_FROM);
        release(cache.answer(question("host" + (3 * AnswerCache.STRIPE_FROM - 1) + ".example"),
                ByteBufAllocator.DEFAULT));
        assertThat(cache.answer(question("host0.example"), ByteBufAllocator.DEFAULT)).isNull();
        assertThat(new AnswerCache(AnswerCache.STRIPE_FROM - 1, clock).stripes()).isEqualTo(1);
    }

    @Test
    void twoThreadsStoringAndAnsweringAtOnceEachGetTheirAnswers() throws Exception {
        var cache = new AnswerCache(4 * AnswerCache.STRIPE_FROM, clock);
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        Runnable work = () -> {
            var thread = Thread.currentThread().getName();
            for (int i = 0; i < 500; i++) {
                var name = thread + "-" + i + ".example";
                store(cache, name, 300);
                var answer = cache.answer(question(name), ByteBufAllocator.DEFAULT);
                if (answer == null) {
                    failures.incrementAndGet();
                } else {
                    answer.release();
                }
            }
        };
        var first = new Thread(work, "a");
        var second = new Thread(work, "b");
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(failures).hasValue(0);
        assertThat(cache.size()).isEqualTo(1000);
    }

    @Test
    void theLeastRecentlyUsedAnswersMakeRoomWhenTheCacheHoldsItsMemory() {
        var probe = new AnswerCache(10, clock);
        store(probe, "host0.example", 300);
        long one = probe.memory();
        var cache = new AnswerCache(1000, 3 * one + one / 2, clock);
        for (int i = 0; i < 5; i++) {
            store(cache, "host" + i + ".example", 300);
        }

        assertThat(one).isBetween(100L, 200L);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.memory()).isLessThanOrEqualTo(3 * one + one / 2);
        assertThat(cache.answer(question("host1.example"), ByteBufAllocator.DEFAULT)).isNull();
        release(cache.answer(question("host4.example"), ByteBufAllocator.DEFAULT));
        release(cache.answer(question("host2.example"), ByteBufAllocator.DEFAULT));
    }

    @Test
    void anAnswerLargerThanTheWholeCacheIsNotKept() {
        var cache = new AnswerCache(10, 64, clock);
        store(cache, "one.example", 300);

        assertThat(cache.size()).isZero();
        assertThat(cache.memory()).isZero();
    }

    @Test
    void storingAnAnswerAgainReplacesItAndCountsItOnce() {
        var cache = new AnswerCache(10, clock);
        store(cache, "one.example", 300);
        long once = cache.memory();
        store(cache, "one.example", 600);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.memory()).isEqualTo(once);
    }

    @Test
    void aCachedAnswerCarriesTheClientsIdAndLetterCase() {
        var cache = new AnswerCache(10, clock);
        store(cache, "one.example", 300);
        var asked = new Question();
        asked.begin(4321, true, false);
        for (var label : new String[] {"OnE", "ExAmple"}) {
            var bytes = label.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            asked.addLabel(io.netty.buffer.Unpooled.wrappedBuffer(bytes), 0, bytes.length);
        }
        asked.end(Type.A, 1);

        Message answer = Wire.read(cache.answer(asked, ByteBufAllocator.DEFAULT));

        assertThat(answer.getHeader().getID()).isEqualTo(4321);
        assertThat(answer.getQuestion().getName().toString()).isEqualTo("OnE.ExAmple.");
        assertThat(answer.getSection(Section.ANSWER).get(0).rdataToString()).isEqualTo("192.0.2.1");
    }

    /** The client's question replaces the cached one on a hit; a compressed one would be shorter and move the rest. */
    @Test
    void anAnswerWhoseQuestionIsCompressedIsNotKept() {
        var cache = new AnswerCache(10, clock);
        var question = question("one.example");
        var name = new byte[] {3, 'o', 'n', 'e', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 0};
        var message = io.netty.buffer.Unpooled.buffer();
        message.writeShort(0).writeShort(0x8180).writeShort(1).writeShort(1).writeShort(0).writeShort(0);
        // The question's name points forward to the answer's, which starts right after the question (offset 18).
        message.writeShort(0xC000 | 18).writeShort(Type.A).writeShort(1);
        message.writeBytes(name).writeShort(Type.A).writeShort(1).writeInt(300).writeShort(4)
                .writeBytes(new byte[] {(byte) 192, 0, 2, 1});
        var facts = UpstreamAnswer.read(message, question);

        assertThat(facts).as("an upstream's reply with a compressed question is still read").isNotNull();
        cache.store(question, message, facts);
        message.release();

        assertThat(cache.size()).isZero();
        assertThat(cache.answer(question, ByteBufAllocator.DEFAULT)).isNull();
    }

    @Test
    void aLongTtlIsKeptForAnHourAtMost() {
        var cache = new AnswerCache(10, clock);
        store(cache, "one.example", 86_400);

        clock.advance(Duration.ofMinutes(61));

        assertThat(cache.answer(question("one.example"), ByteBufAllocator.DEFAULT)).isNull();
    }

    @Test
    void anAnswerWithoutEdnsIsNotGivenToAClientThatAskedWithIt() {
        var cache = new AnswerCache(10, clock);
        store(cache, "one.example", 300);

        var withEdns = question("one.example");
        withEdns.ednsOf(1232, false);

        assertThat(cache.answer(withEdns, ByteBufAllocator.DEFAULT)).isNull();
    }

    @Test
    void aCachedAnswerCountsItsTtlDown() {
        var cache = new AnswerCache(10, clock);
        store(cache, "one.example", 300);
        clock.advance(Duration.ofSeconds(100));

        Message answer = Wire.read(cache.answer(question("one.example"), ByteBufAllocator.DEFAULT));

        assertThat(answer.getSection(Section.ANSWER).get(0).getTTL()).isEqualTo(200);
    }

    static Question question(String name) {
        return Question.of(name, Type.A);
    }

    void store(AnswerCache cache, String name, long ttl) {
        var upstream = new ScriptedUpstream().answering(name, Type.A, QueryHandlerTest.a(name, "192.0.2.1", ttl));
        var question = question(name);
        upstream.ask(question, null, (message, facts) -> {
            cache.store(question, message, facts);
            message.release();
        });
    }

    static void release(ByteBuf buffer) {
        assertThat(buffer).isNotNull();
        buffer.release();
    }
}

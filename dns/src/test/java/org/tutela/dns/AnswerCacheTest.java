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
    void theLeastRecentlyUsedAnswerMakesRoomWhenTheCacheIsFull() {
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

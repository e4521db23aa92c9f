package org.tutela.dns;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;

/** Where the questions the policy allows are sent. {@link Forwarder} sends them to the school's upstream resolvers. */
interface Upstream {

    /**
     * Asks a question the caller hands over (it must not change it afterwards). {@code answered} runs exactly once, on
     * {@code loop}: with the answer, which it must release, and what the answer says; or with two nulls when no
     * upstream answered.
     */
    void ask(Question question, EventLoop loop, Answered answered);

    @FunctionalInterface
    interface Answered {
        void answered(ByteBuf message, UpstreamAnswer facts);
    }
}

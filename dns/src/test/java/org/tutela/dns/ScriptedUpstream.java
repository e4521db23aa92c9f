package org.tutela.dns;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoop;

/** An upstream for handler tests, with no socket: it answers at once from records it was given, and notes what it was asked. */
final class ScriptedUpstream implements Upstream {

    private final Map<String, List<Record>> answers = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    ScriptedUpstream answering(String name, int type, Record... records) {
        answers.put(name + "|" + type, List.of(records));
        return this;
    }

    /** No upstream answers: every question fails. */
    ScriptedUpstream silent() {
        silent = true;
        return this;
    }

    /** The names asked, "name|type", in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void ask(Question question, EventLoop loop, Answered answered) {
        asked.add(question.nameText() + "|" + question.type());
        if (silent) {
            answered.answered(null, null);
            return;
        }
        var response = new Message(0);
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.RA);
        var query = Wire.query(question.nameText(), question.type()).getQuestion();
        response.addRecord(query, Section.QUESTION);
        var records = answers.get(question.nameText() + "|" + question.type());
        if (records == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else {
            records.forEach(record -> response.addRecord(record, Section.ANSWER));
        }
        var message = ByteBufAllocator.DEFAULT.buffer().writeBytes(response.toWire());
        var facts = UpstreamAnswer.read(message, question);
        if (facts == null) {
            // dnsjava reads some names (escapes, odd bytes) differently from the resolver: no answer then.
            message.release();
            answered.answered(null, null);
            return;
        }
        answered.answered(message, facts);
    }
}

package org.tutela.squid;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Squid's helper loop: one answer line for every request line, led by the request's channel ID when Squid runs the
 * helper with {@code concurrency=N}. Answers are flushed when no more input is waiting, so a burst of requests costs
 * one write. A line the helper cannot make sense of gets {@code BH}; nothing stops it reading the next.
 */
final class SquidHelper {

    /** Far past Squid's own URL limit (MAX_URL, 8 KiB), with room for extras; still small enough to cost nothing. */
    static final int MAX_LINE = 128 * 1024;
    /**
     * The shortest line limit: the longest channel ID (18 digits) and its blank. A shorter limit could cut an ID, and
     * the answer would go to another request's channel (found by fuzzing, with a limit of one character).
     */
    static final int MIN_LINE = 19;

    private static final System.Logger LOG = System.getLogger(SquidHelper.class.getName());

    private final HelperProtocol protocol;
    private final boolean channelIds;
    private final int maxLine;

    SquidHelper(HelperProtocol protocol, boolean channelIds, int maxLine) {
        if (maxLine < MIN_LINE) {
            throw new IllegalArgumentException("a request line must hold at least " + MIN_LINE + " characters");
        }
        this.protocol = protocol;
        this.channelIds = channelIds;
        this.maxLine = maxLine;
    }

    /** Answers until Squid closes the helper's input. */
    void serve(Reader in, Writer out) throws IOException {
        var lines = new LineReader(in, maxLine);
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            out.write(answer(line));
            out.write('\n');
            if (!lines.inputWaiting()) {
                out.flush();
            }
        }
        out.flush();
    }

    private String answer(LineReader.Line line) {
        var text = line.text();
        String channel = null;
        int fieldsFrom = 0;
        if (channelIds) {
            int digits = leadingDigits(text);
            boolean separated = digits == text.length() || Character.isWhitespace(text.charAt(digits));
            if (digits == 0 || digits > 18 || !separated) {
                return HelperReply.brokenHelper("no channel ID at the start of the request line").toLine(null);
            }
            channel = text.substring(0, digits);
            fieldsFrom = digits;
        }
        if (line.overlong()) {
            return HelperReply.brokenHelper("request line longer than " + maxLine + " characters").toLine(channel);
        }
        var fields = fields(text, fieldsFrom);
        if (fields.isEmpty()) {
            return HelperReply.brokenHelper("empty request").toLine(channel);
        }
        try {
            return protocol.answer(fields).toLine(channel);
        } catch (MalformedRequest malformed) {
            return HelperReply.brokenHelper(malformed.getMessage()).toLine(channel);
        } catch (RuntimeException bug) {
            LOG.log(Level.ERROR, "could not answer " + RequestTarget.shortened(text), bug);
            return HelperReply.brokenHelper("the helper failed on this request: " + bug).toLine(channel);
        }
    }

    private static int leadingDigits(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static List<String> fields(String text, int from) {
        var fields = new ArrayList<String>();
        int i = from;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(text.substring(start, i));
            }
        }
        return fields;
    }
}

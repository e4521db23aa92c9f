package org.tutela.squid;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.tutela.filtering.FilterEngine;

/** Squid's side of a helper conversation in a test: lines in, answer lines out, no process, no pipe. */
final class Conversation {

    private Conversation() {
    }

    static List<String> answers(SquidHelper helper, String... lines) {
        var out = new StringWriter();
        try {
            helper.serve(new StringReader(String.join("\n", lines) + "\n"), out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return lines(out.toString());
    }

    static String answer(SquidHelper helper, String line) {
        var answers = answers(helper, line);
        if (answers.size() != 1) {
            throw new AssertionError("one line in, one answer out; got " + answers);
        }
        return answers.get(0);
    }

    /** Each line of the output; an answer always ends with a newline. */
    static List<String> lines(String output) {
        if (!output.isEmpty() && !output.endsWith("\n")) {
            throw new AssertionError("the last answer has no newline: " + output);
        }
        return output.isEmpty() ? List.of() : List.of(output.substring(0, output.length() - 1).split("\n", -1));
    }

    static SquidHelper rewriter(String... options) {
        return rewriter(TestSchool.engine(), options);
    }

    static SquidHelper rewriter(FilterEngine engine, String... options) {
        var args = new ArrayList<>(List.of("--mode", "rewrite", "--block-page", TestSchool.BLOCK_PAGE));
        args.addAll(List.of(options));
        return SquidHelperMain.helper(HelperOptions.parse(args.toArray(String[]::new)), TestSchool.enforced(engine));
    }

    static SquidHelper externalAcl(String... options) {
        var args = new ArrayList<>(List.of("--mode", "acl"));
        args.addAll(List.of(options));
        return SquidHelperMain.helper(HelperOptions.parse(args.toArray(String[]::new)),
                TestSchool.enforced(TestSchool.engine()));
    }
}

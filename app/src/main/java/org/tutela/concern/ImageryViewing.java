package org.tutela.concern;

import java.time.Instant;

import org.tutela.school.PersonId;

/**
 * A viewing of suspected sexual imagery (PROC-SX-06). The default is that nobody views it; the DSL views it only when
 * there is no other option or a clear safeguarding need, and anyone else must say why the DSL could not.
 */
public record ImageryViewing(PersonId viewer, Instant viewedAt, Reason reason, String whyNotTheDsl) {

    public enum Reason {
        NO_OTHER_OPTION("There was no other option"), CLEAR_SAFEGUARDING_NEED("A clear safeguarding need");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ImageryViewing {
        if (viewer == null || viewedAt == null || reason == null) {
            throw new ConcernRefused("Record who viewed it, when, and why there was no other option");
        }
    }

    static void check(ImageryViewing viewing, boolean viewerIsDsl) {
        if (!viewerIsDsl && (viewing.whyNotTheDsl() == null || viewing.whyNotTheDsl().isBlank())) {
            throw new ConcernRefused("Only the DSL should view imagery: say why the DSL could not");
        }
    }
}

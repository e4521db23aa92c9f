package org.tutela.concern;

import java.time.Instant;
import java.util.UUID;

import org.tutela.procedure.ActionCode;
import org.tutela.school.PersonId;

/** INC-19: advice sought, from whom, when, what was advised and who received it. */
public record Advice(UUID id, Source source, Instant soughtAt, String advice, PersonId receivedBy) {

    public enum Source {
        MASH("Multi-agency safeguarding hub"), TRUST_SAFEGUARDING("Trust safeguarding officer"),
        EDUCATION_SAFEGUARDING_TEAM("Education safeguarding team"), POLICE("Police"),
        PROFESSIONALS_ONLINE_SAFETY_HELPLINE("Professionals Online Safety Helpline"), LADO("LADO");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Advice {
        if (source == null || soughtAt == null) {
            throw new ConcernRefused("Advice needs its source and when it was sought");
        }
        if (advice == null || advice.isBlank()) {
            throw new ConcernRefused("Record the advice given");
        }
    }

    public ActionCode completes() {
        return switch (source) {
            case MASH -> ActionCode.MASH_ADVICE;
            case POLICE -> ActionCode.POLICE_ADVICE;
            case EDUCATION_SAFEGUARDING_TEAM -> ActionCode.EDUCATION_SAFEGUARDING_TEAM;
            case TRUST_SAFEGUARDING -> ActionCode.TRUST_SAFEGUARDING;
            case LADO -> ActionCode.LADO;
            case PROFESSIONALS_ONLINE_SAFETY_HELPLINE -> null;
        };
    }
}

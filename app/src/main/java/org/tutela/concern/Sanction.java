package org.tutela.concern;

import java.time.Instant;

import org.tutela.school.PersonId;

/**
 * A sanction against someone involved, under one of the school's policies (INC-14, PROC-FB-06, PROC-SX-13). Against a
 * learner who is a victim it needs the DSL's confirmation, with the rationale, that it will not traumatise them further.
 */
public record Sanction(int person, Policy policy, String sanction, String dslRationale, PersonId recordedBy,
        Instant recordedAt) {

    public enum Policy {
        BEHAVIOUR("Behaviour policy"), ANTI_BULLYING("Anti-bullying policy"), AUP("Acceptable use policy");

        private final String label;

        Policy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Sanction {
        if (policy == null) {
            throw new ConcernRefused("Choose the policy the sanction is given under: behaviour, anti-bullying or AUP");
        }
        if (sanction == null || sanction.isBlank()) {
            throw new ConcernRefused("Say what the sanction is");
        }
        sanction = sanction.trim();
        dslRationale = dslRationale == null || dslRationale.isBlank() ? null : dslRationale.trim();
    }

    String line() {
        return "Sanction (" + policy.label() + "): " + sanction + (dslRationale == null ? ""
                : "; the DSL confirmed it will not traumatise the victim further: " + dslRationale);
    }
}

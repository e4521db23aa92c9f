package org.tutela.concern;

import java.time.Instant;
import java.time.LocalDate;

import org.tutela.procedure.Party;
import org.tutela.school.PersonId;

/**
 * The support plan of one learner on a case (INC-18, PROC-SX-13): one for each learner involved as a victim and one
 * for each alleged perpetrator, each with the date it is next reviewed. {@code person} is the learner's place in the
 * case's list of people involved, which only ever grows.
 */
public record SupportPlan(int person, Party.Involvement as, String plan, LocalDate reviewOn, PersonId recordedBy,
        Instant recordedAt) {

    public SupportPlan {
        if (plan == null || plan.isBlank()) {
            throw new ConcernRefused("Write the support plan: who supports the learner, how and how often");
        }
        if (reviewOn == null) {
            throw new ConcernRefused("Give the date the support plan is reviewed (year-month-day)");
        }
        plan = plan.trim();
    }

    String line() {
        return "Support plan (" + as.label().toLowerCase() + ", review on " + reviewOn + "): " + plan;
    }
}

package org.tutela.concern;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tutela.school.PersonId;

/**
 * The decision-factor assessment of a sexting case (PROC-SX-03, PROC-SX-09, EVD-09): every factor answered, "not
 * known" accepted. Saved as a draft while the DSL finds things out; completing it is refused while a factor is blank.
 */
public record SextingAssessment(Map<Factor, String> answers, LocalDate completedOn, PersonId completedBy) {

    static final int LONGEST_ANSWER = 4_000;

    /** The factors of the national guidance, in its order. */
    public enum Factor {
        AGES("The ages of everyone involved"),
        ADULT_INVOLVED("Whether an adult is involved"),
        CONTEXT("The context: the relationship and whether it is appropriate; experimentation, curiosity or exploitation"),
        VULNERABILITIES("Known vulnerabilities of those involved"),
        OTHER_RISKS("Other known risks"),
        HOW_FOUND_OUT("How the school found out"),
        NATURE_OF_IMAGE("The nature of the image: possibly illegal, or inappropriate"),
        WHO_HAS_SEEN("Who has seen it, and where it has been shared"),
        HOW_WIDELY("How widely it has been shared"),
        OTHER_CHILDREN("Other children involved, any concerns about them, and their views"),
        APPS_AND_DEVICES("Apps, services and devices involved, and whether any backs up or deletes automatically"
                + " (and the time pressure that puts on preserving evidence)"),
        DEVICE_OWNERSHIP("A school or a personal device, and whether it is secured"),
        SUPPORT_NEEDS("Immediate support needs, and the impact on those involved"),
        OTHER_SCHOOLS("Whether other schools are involved"),
        FIRST_OR_REPEAT("First or repeat involvement"),
        CP_PROCEDURES("Whether child-protection procedures are being followed, and a member of the CP team is available");

        private final String question;

        Factor(String question) {
            this.question = question;
        }

        public String question() {
            return question;
        }
    }

    public SextingAssessment {
        var trimmed = new EnumMap<Factor, String>(Factor.class);
        answers.forEach((factor, answer) -> {
            if (answer != null && !answer.isBlank()) {
                if (answer.length() > LONGEST_ANSWER) {
                    throw new ConcernRefused("Keep each answer under 4,000 characters: " + factor.question());
                }
                trimmed.put(factor, answer.trim());
            }
        });
        answers = Map.copyOf(trimmed);
    }

    static SextingAssessment draft(Map<Factor, String> answers) {
        var draft = new SextingAssessment(answers, null, null);
        if (draft.answers().isEmpty()) {
            throw new ConcernRefused("Answer at least one factor before saving the risk assessment; \"not known\" is accepted");
        }
        return draft;
    }

    /** Completes it on a date, refused with the blank factors listed. */
    SextingAssessment completed(LocalDate on, PersonId by) {
        var blank = blank();
        if (!blank.isEmpty()) {
            throw new ConcernRefused("Complete risk assessment: answer every factor (\"not known\" is accepted). Blank: "
                    + String.join("; ", blank.stream().map(Factor::question).toList()));
        }
        return new SextingAssessment(answers, on, by);
    }

    public List<Factor> blank() {
        return java.util.Arrays.stream(Factor.values()).filter(f -> !answers.containsKey(f)).toList();
    }

    public boolean complete() {
        return completedOn != null;
    }

    public String answer(Factor factor) {
        return answers.getOrDefault(factor, "");
    }
}

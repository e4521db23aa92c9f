package org.tutela.governance;

import java.util.List;

/** A policy that cannot be saved or activated, with the reason and, for activation, every gap that stops it. */
public class PolicyRefused extends RuntimeException {

    private final transient List<ActivationCheck.Gap> gaps;
    private final boolean draftChanged;

    public PolicyRefused(String message) {
        this(message, List.of());
    }

    public PolicyRefused(String message, List<ActivationCheck.Gap> gaps) {
        this(message, gaps, false);
    }

    private PolicyRefused(String message, List<ActivationCheck.Gap> gaps, boolean draftChanged) {
        super(message);
        this.gaps = List.copyOf(gaps);
        this.draftChanged = draftChanged;
    }

    /** Someone else saved the draft after the writer read it. */
    static PolicyRefused draftChanged(String message) {
        return new PolicyRefused(message, List.of(), true);
    }

    public boolean draftChanged() {
        return draftChanged;
    }

    public List<ActivationCheck.Gap> gaps() {
        return gaps;
    }
}

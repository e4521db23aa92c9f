package org.tutela.governance;

import java.util.List;

/** A policy that cannot be saved or activated, with the reason and, for activation, every gap that stops it. */
public class PolicyRefused extends RuntimeException {

    private final transient List<ActivationCheck.Gap> gaps;

    public PolicyRefused(String message) {
        this(message, List.of());
    }

    public PolicyRefused(String message, List<ActivationCheck.Gap> gaps) {
        super(message);
        this.gaps = List.copyOf(gaps);
    }

    public List<ActivationCheck.Gap> gaps() {
        return gaps;
    }
}

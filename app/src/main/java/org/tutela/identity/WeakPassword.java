package org.tutela.identity;

import java.util.List;

/** A password the policy refuses, with every reason, so the person can choose a better one. */
public class WeakPassword extends IllegalArgumentException {

    private final List<String> reasons;

    WeakPassword(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}

package org.tutela.squid;

import org.tutela.filtering.Decision;

/** A decision as Squid's access log carries it, and as the block page reads its rule. */
final class Reasons {

    private Reasons() {
    }

    /** {@code category,group,rule,version}: "gambling,ks2-upper,blocked-category,v3"; "-" for no category. */
    static String forLog(Decision decision) {
        return (decision.category() == null ? "-" : decision.category().id()) + ',' + decision.group() + ','
                + ruleName(decision) + ",v" + decision.policyVersion();
    }

    static String ruleName(Decision decision) {
        return decision.rule().code();
    }
}

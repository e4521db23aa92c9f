package org.tutela.filtering.log;

/**
 * Where an enforcement point reports every decision. {@link #record} is called on the path of the answer, so it must
 * return at once and never throw: a slow or failing log may lose events, counting them, but never delays an answer.
 */
public interface DecisionLog {

    /** A log that keeps nothing. */
    DecisionLog NONE = event -> {
    };

    void record(DecisionEvent event);
}

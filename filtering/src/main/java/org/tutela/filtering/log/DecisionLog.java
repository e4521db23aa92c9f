package org.tutela.filtering.log;

/**
 * Where an enforcement point reports every decision. {@link #record} is called on the path of the answer, so it must
 * return at once and never throw: a slow or failing log may lose events, counting them, but never delays an answer.
 */
public interface DecisionLog {

    /** A log that keeps nothing, and says so, so that no event is built for it. */
    DecisionLog NONE = new DecisionLog() {
        @Override
        public void record(DecisionEvent event) {
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };

    void record(DecisionEvent event);

    /** Whether events are kept at all; when not, an enforcement point skips building them on its answer path. */
    default boolean keeps() {
        return true;
    }
}

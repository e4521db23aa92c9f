package org.tutela.filtering;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;

/** A partition for each day ahead, and the days past the retention period dropped, once a day and at start. */
@Component
class DecisionLogMaintenance {

    private final FilterDecisions decisions;
    private final FilteringProperties properties;
    private final AuditTrail audit;

    DecisionLogMaintenance(FilterDecisions decisions, FilteringProperties properties, AuditTrail audit) {
        this.decisions = decisions;
        this.properties = properties;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 10 1 * * *", zone = "UTC")
    void maintain() {
        decisions.maintainPartitions(7, properties.decisionRetentionDays());
        audit.recordAs(null, "Tutela", "DECISION_LOG_MAINTAINED", "filter_decision", null, null, Outcome.ALLOWED,
                "partitions for 7 days ahead; retention " + properties.decisionRetentionDays() + " days");
    }
}

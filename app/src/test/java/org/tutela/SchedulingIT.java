package org.tutela;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The scheduled jobs run side by side, so that a slow one cannot hold up the escalation of concerns. */
@TutelaTest
class SchedulingIT {

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Test
    void scheduledJobsHaveMoreThanOneThread() {
        assertThat(scheduler.getPoolSize()).isGreaterThanOrEqualTo(4);
    }
}

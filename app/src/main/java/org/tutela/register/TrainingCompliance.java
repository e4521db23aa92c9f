package org.tutela.register;

import org.springframework.stereotype.Service;
import org.tutela.register.training.Standing;
import org.tutela.register.training.TrainingDashboard;
import org.tutela.school.SchoolId;

/** Counts of a school's training gaps for other modules (a governance dashboard): numbers, never names. */
@Service
public class TrainingCompliance {

    private final TrainingDashboard dashboard;

    TrainingCompliance(TrainingDashboard dashboard) {
        this.dashboard = dashboard;
    }

    /**
     * Today's gaps at the school. {@code staff} is how many active staff and governors are tracked; the other counts
     * are of people, except {@code overdue}, {@code missing} and {@code dueSoon}, which count person-topic pairs.
     */
    public TrainingGaps gaps(SchoolId school) {
        var today = dashboard.of(school);
        var standings = today.rows().stream().flatMap(row -> row.topics().values().stream()).toList();
        return new TrainingGaps(today.rows().size(),
                (int) standings.stream().filter(s -> s.status() == Standing.Status.OVERDUE).count(),
                (int) standings.stream().filter(s -> s.status() == Standing.Status.MISSING).count(),
                (int) standings.stream().filter(s -> s.status() == Standing.Status.DUE_SOON).count(),
                (int) today.rows().stream().filter(row -> row.topics().values().stream()
                        .anyMatch(s -> s.status().gap())).count(),
                today.withoutPrevent().size(), today.withGuidanceUnread().size());
    }
}

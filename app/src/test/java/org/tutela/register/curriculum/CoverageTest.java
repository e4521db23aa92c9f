package org.tutela.register.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.register.curriculum.CurriculumTopic.INDECENT_IMAGES_CONSEQUENCES;
import static org.tutela.register.curriculum.CurriculumTopic.ONLINE_RELATIONSHIPS;
import static org.tutela.register.curriculum.CurriculumTopic.SAFE_SEARCHING;
import static org.tutela.school.YearGroup.RECEPTION;
import static org.tutela.school.YearGroup.YEAR_5;
import static org.tutela.school.YearGroup.YEAR_6;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoverageTest {

    static final SchoolYear YEAR = new SchoolYear(2026);

    @Nested
    class TheSchoolYear {

        @Test
        void runsFromTheFirstOfSeptemberToTheThirtyFirstOfAugust() {
            assertThat(SchoolYear.containing(LocalDate.of(2026, 9, 1))).isEqualTo(YEAR);
            assertThat(SchoolYear.containing(LocalDate.of(2027, 8, 31))).isEqualTo(YEAR);
            assertThat(SchoolYear.containing(LocalDate.of(2026, 8, 31))).isEqualTo(new SchoolYear(2025));
            assertThat(YEAR.label()).isEqualTo("2026 to 2027");
        }
    }

    @Test
    void aTopicTaughtToYear6ShowsYear6TaughtAndTheOtherYearGroupsNot() {
        var coverage = Coverage.of(YEAR, List.of(RECEPTION, YEAR_5, YEAR_6), List.of(
                new Coverage.Taught(YEAR_6, LocalDate.of(2026, 10, 5), Set.of(INDECENT_IMAGES_CONSEQUENCES,
                        ONLINE_RELATIONSHIPS))));

        var row = coverage.row(INDECENT_IMAGES_CONSEQUENCES);
        assertThat(row.taught()).containsExactly(YEAR_6);
        assertThat(row.notTaught()).containsExactly(RECEPTION, YEAR_5);
        assertThat(row.lastTaught(YEAR_6)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(coverage.row(SAFE_SEARCHING).taught()).isEmpty();
    }

    @Test
    void aLessonOfLastSchoolYearDoesNotCountThisYear() {
        var coverage = Coverage.of(YEAR, List.of(YEAR_6), List.of(
                new Coverage.Taught(YEAR_6, LocalDate.of(2026, 7, 10), Set.of(INDECENT_IMAGES_CONSEQUENCES))));

        assertThat(coverage.row(INDECENT_IMAGES_CONSEQUENCES).notTaught()).containsExactly(YEAR_6);
    }

    @Test
    void theLastTimeATopicWasTaughtToAYearGroupIsShown() {
        var coverage = Coverage.of(YEAR, List.of(YEAR_5), List.of(
                new Coverage.Taught(YEAR_5, LocalDate.of(2027, 2, 1), Set.of(SAFE_SEARCHING)),
                new Coverage.Taught(YEAR_5, LocalDate.of(2026, 9, 20), Set.of(SAFE_SEARCHING))));

        assertThat(coverage.row(SAFE_SEARCHING).lastTaught(YEAR_5)).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aYearGroupTaughtButWithoutLearnersOnRollStillAppears() {
        var coverage = Coverage.of(YEAR, List.of(YEAR_5), List.of(
                new Coverage.Taught(YEAR_6, LocalDate.of(2026, 9, 20), Set.of(SAFE_SEARCHING))));

        assertThat(coverage.yearGroups()).containsExactly(YEAR_5, YEAR_6);
    }

    @Test
    void theEightStrandsOfEducationForAConnectedWorldAreTags() {
        assertThat(java.util.Arrays.stream(CurriculumTopic.values()).filter(CurriculumTopic::connectedWorldStrand))
                .hasSize(8);
    }
}

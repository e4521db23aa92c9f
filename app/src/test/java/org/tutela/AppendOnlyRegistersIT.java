package org.tutela;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What is kept as a record cannot be changed or deleted by the application's own database role. */
@TutelaTest
class AppendOnlyRegistersIT {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"website_check", "risk_assessment_approval", "guidance_acknowledgement",
            "training_session", "training_attendance", "curriculum_lesson", "curriculum_lesson_topic"})
    void theApplicationMayNotChangeOrDeleteARecordOf(String table) {
        assertThatThrownBy(() -> jdbc.sql("delete from " + table + " where false").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("update " + table + " set " + aColumnOf(table) + " = " + aColumnOf(table)
                + " where false").update()).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {"online_safety_policy", "risk_assessment", "website_page"})
    void theApplicationMayNotDeleteOrChangeWhatItOnlyAddsTo(String table) {
        var refused = table.equals("website_page") ? "update " + table + " set url = url where false"
                : "delete from " + table + " where false";
        assertThatThrownBy(() -> jdbc.sql(refused).update()).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied");
    }

    static String aColumnOf(String table) {
        return switch (table) {
            case "website_check" -> "detail";
            case "risk_assessment_approval", "training_attendance" -> table.startsWith("risk") ? "note" : "person_id";
            case "guidance_acknowledgement" -> "read_on";
            case "training_session" -> "provider";
            case "curriculum_lesson" -> "title";
            default -> "topic";
        };
    }
}

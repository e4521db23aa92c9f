package org.tutela.concern.chronology;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tutela.concern.ConcernRefused;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildProtectionTransferTest {

    static final Instant SENT = Instant.parse("2026-07-20T09:00:00Z");
    static final Instant NOW = SENT.plus(Duration.ofDays(2));
    static final PersonId DSL = PersonId.random();

    static ChildProtectionTransfer aFileSentToStMarys() {
        return ChildProtectionTransfer.sent(new SchoolId(java.util.UUID.randomUUID()), PersonId.random(),
                "St Mary's School", "Ms Khan", ChildProtectionTransfer.Method.SECURE_TRANSFER,
                "Transfer to the new school's DSL", SENT, DSL, "Dan Price");
    }

    @Test
    void receiptIsRecordedWithWhoConfirmedItAndWhen() {
        var received = aFileSentToStMarys().received(" Ms Khan ", SENT.plus(Duration.ofHours(3)), DSL, NOW);

        assertThat(received.received()).isTrue();
        assertThat(received.receipt().confirmedBy()).isEqualTo("Ms Khan");
        assertThat(received.receipt().at()).isEqualTo(SENT.plus(Duration.ofHours(3)));
    }

    @Test
    void aSecondReceiptIsRefused() {
        var received = aFileSentToStMarys().received("Ms Khan", NOW, DSL, NOW);

        assertThatThrownBy(() -> received.received("Mr Jones", NOW, DSL, NOW)).isInstanceOf(ConcernRefused.class)
                .hasMessageContaining("already confirmed by Ms Khan");
    }

    @Test
    void aReceiptBeforeTheFileWasSentIsRefused() {
        assertThatThrownBy(() -> aFileSentToStMarys().received("Ms Khan", SENT.minusSeconds(60), DSL, NOW))
                .isInstanceOf(ConcernRefused.class).hasMessageContaining("before it was sent");
    }

    @Test
    void aReceiptNobodyConfirmedIsRefused() {
        assertThatThrownBy(() -> aFileSentToStMarys().received(" ", NOW, DSL, NOW)).isInstanceOf(ConcernRefused.class)
                .hasMessageContaining("who at St Mary's School");
    }

    @Test
    void aFileSentWithoutAPurposeOrAReceivingDslIsRefused() {
        assertThatThrownBy(() -> ChildProtectionTransfer.sent(new SchoolId(java.util.UUID.randomUUID()),
                PersonId.random(), "St Mary's School", "Ms Khan", ChildProtectionTransfer.Method.BY_HAND, " ", SENT,
                DSL, "Dan Price")).isInstanceOf(ConcernRefused.class).hasMessageContaining("Say why");
        assertThatThrownBy(() -> ChildProtectionTransfer.sent(new SchoolId(java.util.UUID.randomUUID()),
                PersonId.random(), "St Mary's School", "", ChildProtectionTransfer.Method.BY_HAND, "Transfer", SENT,
                DSL, "Dan Price")).isInstanceOf(ConcernRefused.class).hasMessageContaining("name of its DSL");
    }
}

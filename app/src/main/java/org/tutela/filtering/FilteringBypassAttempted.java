package org.tutela.filtering;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.SchoolId;

/**
 * Someone's device tried to get round the filter (PROC-CMA-03): a VPN, a proxy or anonymiser, or a DNS-over-HTTPS
 * resolver, blocked by the policy. One per device or user name and day; the concern module opens a misuse concern.
 */
public record FilteringBypassAttempted(UUID attempt, SchoolId school, String clientAddress, String userName,
        String group, String categories, Instant firstAt, Instant lastAt, int attempts) {
}

package org.tutela.filtering;

import java.util.UUID;

import org.tutela.school.SchoolId;

/**
 * A child (or anyone) told a trusted adult from the block page. The concern module records it as a concern, so that
 * it reaches the DSL's queue with every other concern and follows the same need-to-know rules.
 */
public record BlockPageWorrySent(UUID request, SchoolId school, String url, String category, String group,
        String message, String name) {
}

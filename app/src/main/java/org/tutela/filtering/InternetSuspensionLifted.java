package org.tutela.filtering;

import java.util.UUID;

import org.tutela.school.SchoolId;

/** A suspension of a learner's internet access was lifted early; the enforcement points need the new bundle. */
public record InternetSuspensionLifted(SchoolId school, UUID suspension) {
}

package org.tutela.filtering;

import org.tutela.school.SchoolId;

/** A site was opened for a group for a while; the enforcement points need the new bundle. */
public record TemporaryAllowGranted(SchoolId school, String group, String domain) {
}

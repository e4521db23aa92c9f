package org.tutela.filtering;

import org.tutela.school.SchoolId;

/** A school's filtering policy version has been approved and is now in force. */
public record PolicyVersionActivated(SchoolId school, int version) {
}

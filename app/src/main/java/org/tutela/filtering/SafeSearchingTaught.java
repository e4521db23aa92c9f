package org.tutela.filtering;

import org.tutela.school.SchoolId;

/** A group has been taught safe searching, so its general search engines open (FILT-06). */
public record SafeSearchingTaught(SchoolId school, String group) {
}

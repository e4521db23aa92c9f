package org.tutela.concern;

import org.tutela.school.SchoolId;

/** A concern was recorded; the DSL and whoever the rules name must hear of it at once (INC-04, INC-05). */
public record ConcernReported(ConcernId concern, SchoolId school, boolean immediateRisk) {
}

package org.tutela.concern.api;

import java.util.List;

/** The DSL's classification of a case: kinds, risk areas (content, contact, conduct) and the facts the rules read. */
record FactsRequest(List<String> kinds, List<String> riskAreas, List<String> facts) {
}

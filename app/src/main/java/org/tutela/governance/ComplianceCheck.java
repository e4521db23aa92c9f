package org.tutela.governance;

import java.util.List;

import org.tutela.school.School;

/**
 * A source of compliance dashboard items. Any module may implement it as a Spring bean (the technical-controls
 * register does); the dashboard collects every one. A module that implements it depends on governance, so
 * governance itself never reads that module.
 */
public interface ComplianceCheck {

    /** The items this check gives for one school, in the order they should be read. */
    List<ComplianceItem> itemsFor(School school);
}

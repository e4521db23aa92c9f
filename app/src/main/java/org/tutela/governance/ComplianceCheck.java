package org.tutela.governance;

import java.util.List;

import org.tutela.school.School;

/**
 * A source of compliance dashboard items, collected by the dashboard from every Spring bean that implements it.
 * Checks of modules that governance depends on (the registers) live in governance and read that module's API;
 * a module that governance does not reach may implement it itself.
 */
public interface ComplianceCheck {

    /** The items this check gives for one school, in the order they should be read. */
    List<ComplianceItem> itemsFor(School school);
}

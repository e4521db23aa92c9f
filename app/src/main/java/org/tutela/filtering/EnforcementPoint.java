package org.tutela.filtering;

import java.io.IOException;

/** A place where the school's filter is enforced, asked by the effectiveness checks as a device would ask it. */
interface EnforcementPoint {

    /** How the results name it, e.g. "DNS resolver 10.20.0.53:53". */
    String describe();

    /** The address this server asks from, which the enforcement point places in a group. */
    byte[] askingFrom() throws IOException;

    /** Whether it blocks the name; throws when it does not answer. */
    boolean blocks(String name) throws IOException;
}

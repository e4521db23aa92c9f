/**
 * Web filtering: the plain-Java engine (its own Maven module, same package) and, here, the school's policy as
 * versions that are proposed with a reason and a risk note, approved by a second person with a leadership role, and
 * put in force for the DNS resolver and the Squid helper through a policy bundle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Filtering")
package org.tutela.filtering;

package org.tutela.school;

/** A school; its trust is null when it stands alone. */
public record School(SchoolId id, TrustId trust, String name, String urn, String localAuthority) {
}

package org.tutela.filtering;

/** A filtering group: EYFS, KS1, a class, staff, guests, … Lower-case words. */
public record GroupId(String value) {

    public static final GroupId EYFS = new GroupId("eyfs");
    public static final GroupId KS1 = new GroupId("ks1");
    public static final GroupId LOWER_KS2 = new GroupId("ks2-lower");
    public static final GroupId UPPER_KS2 = new GroupId("ks2-upper");
    public static final GroupId SECONDARY = new GroupId("ks3-5");
    public static final GroupId STAFF = new GroupId("staff");
    public static final GroupId GUESTS = new GroupId("guests");

    public GroupId {
        if (value == null || !value.matches("[a-z0-9][a-z0-9_-]{0,62}")) {
            throw new IllegalArgumentException("a group id is a lower-case word: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

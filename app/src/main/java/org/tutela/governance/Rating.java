package org.tutela.governance;

/** How a compliance item stands: red must be put right, amber needs attention, green is in place. */
public enum Rating {
    RED("Red", "Must be put right"),
    AMBER("Amber", "Needs attention"),
    GREEN("Green", "In place");

    private final String label;
    private final String meaning;

    Rating(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}

package org.tutela.school;

public enum KeyStage {
    EYFS("Early Years Foundation Stage"),
    KS1("Key Stage 1"),
    KS2("Key Stage 2"),
    KS3("Key Stage 3"),
    KS4("Key Stage 4"),
    KS5("Key Stage 5");

    private final String label;

    KeyStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

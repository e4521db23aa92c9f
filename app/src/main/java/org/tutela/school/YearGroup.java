package org.tutela.school;

import java.util.Arrays;
import java.util.Optional;

/** The year groups of an English school, Reception to Year 13, each in its key stage. */
public enum YearGroup {
    RECEPTION("Reception", KeyStage.EYFS),
    YEAR_1("Year 1", KeyStage.KS1),
    YEAR_2("Year 2", KeyStage.KS1),
    YEAR_3("Year 3", KeyStage.KS2),
    YEAR_4("Year 4", KeyStage.KS2),
    YEAR_5("Year 5", KeyStage.KS2),
    YEAR_6("Year 6", KeyStage.KS2),
    YEAR_7("Year 7", KeyStage.KS3),
    YEAR_8("Year 8", KeyStage.KS3),
    YEAR_9("Year 9", KeyStage.KS3),
    YEAR_10("Year 10", KeyStage.KS4),
    YEAR_11("Year 11", KeyStage.KS4),
    YEAR_12("Year 12", KeyStage.KS5),
    YEAR_13("Year 13", KeyStage.KS5);

    private final String label;
    private final KeyStage keyStage;

    YearGroup(String label, KeyStage keyStage) {
        this.label = label;
        this.keyStage = keyStage;
    }

    public String label() {
        return label;
    }

    public KeyStage keyStage() {
        return keyStage;
    }

    public static Optional<YearGroup> parse(String text) {
        return Arrays.stream(values())
                .filter(year -> year.name().equalsIgnoreCase(text) || year.label.equalsIgnoreCase(text))
                .findFirst();
    }
}

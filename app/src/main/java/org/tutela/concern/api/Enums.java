package org.tutela.concern.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tutela.concern.ConcernRefused;

/** Reads a value of a list the API accepts, naming the accepted values when it is not one of them. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E read(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConcernRefused("Unknown " + what + " \"" + value + "\": use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}

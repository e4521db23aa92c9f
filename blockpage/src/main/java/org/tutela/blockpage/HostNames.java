package org.tutela.blockpage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which names a certificate may be minted for: DNS host names, never IP literals or anything else. */
final class HostNames {

    static final int MAX_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private HostNames() {
    }

    /**
     * The name lower-cased and without a trailing dot, when it is a host name: labels of letters, digits and
     * hyphens (so IDNs in their xn-- form), none longer than 63, 253 in all, and a last label that is not all digits
     * (which would make {@code 10.1.0.80} a name). Empty for anything else, IP literals included.
     */
    static Optional<String> certifiable(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var host = name.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var labels = host.split("\\.", -1);
        for (var label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        if (DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(host);
    }
}

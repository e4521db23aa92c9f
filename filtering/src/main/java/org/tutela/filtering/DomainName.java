package org.tutela.filtering;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/** A host name as the filter compares it: lower case, IDNs in their ASCII form, no trailing dot. */
public record DomainName(String value) {

    public DomainName {
        var raw = value;
        value = normalise(raw).orElseThrow(() -> new IllegalArgumentException("not a domain name: " + raw));
    }

    /**
     * The comparable form of a host name, or empty when it cannot be one: empty labels, a label over 63 characters,
     * a name over 253, or characters no host name has. Leading {@code *.} and {@code .} (wildcard list syntax) are
     * dropped, since every listed name already covers its subdomains.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var name = raw.trim();
        if (name.startsWith("*.")) {
            name = name.substring(2);
        }
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!isAscii(name)) {
            try {
                name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException notAnIdn) {
                return Optional.empty();
            }
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.length() > 253) {
            return Optional.empty();
        }
        int labelLength = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return Optional.empty();
                }
                labelLength = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                if (++labelLength > 63) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return labelLength == 0 ? Optional.empty() : Optional.of(name);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}

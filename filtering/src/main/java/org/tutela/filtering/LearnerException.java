package org.tutela.filtering;

import java.util.Locale;

/**
 * An exception to the group's rules for one learner, decided on their needs (FILT-17): a site allowed or denied for
 * them alone, or a different group. The learner is known by their Squid user name, their device's address, or both.
 * The illegal-content lists still win over an allow.
 */
public record LearnerException(String user, String device, Kind kind, String domain, GroupId group) {

    public enum Kind {
        /** Allow one site (and its subdomains) for this learner. */
        ALLOW,
        /** Block one site (and its subdomains) for this learner. */
        DENY,
        /** Filter this learner as another group. */
        GROUP
    }

    public LearnerException {
        user = user == null || user.isBlank() ? null : user.trim().toLowerCase(Locale.ROOT);
        device = device == null || device.isBlank() ? null : device.trim();
        if (user == null && device == null) {
            throw new IllegalArgumentException("name the learner's user name or their device's address");
        }
        if (device != null && ClientNetworks.literal(device) == null) {
            throw new IllegalArgumentException("a device is named by its IP address: " + device);
        }
        if (kind == null) {
            throw new IllegalArgumentException("say whether the exception allows, denies or changes the group");
        }
        if (kind == Kind.GROUP) {
            if (group == null) {
                throw new IllegalArgumentException("name the group this learner is filtered as");
            }
            domain = null;
        } else {
            var raw = domain;
            domain = DomainName.normalise(raw)
                    .orElseThrow(() -> new IllegalArgumentException("not a domain name: " + raw));
            group = null;
        }
    }

    /** Whether a lower-case host name is this exception's site or below it. */
    boolean covers(String host) {
        var name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return name.equals(domain) || name.endsWith("." + domain);
    }
}

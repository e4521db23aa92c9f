package org.tutela.filtering;

import java.net.URI;
import java.util.Locale;

/** What the block page was told about the request it stands in for; all of it comes from the address, unchecked. */
public record BlockedSite(String url, String category, String group, Integer policyVersion) {

    public BlockedSite {
        url = url == null ? "" : url.trim();
        if (url.length() > 2000) {
            url = url.substring(0, 2000);
        }
        category = category == null || category.isBlank() ? null : category.trim();
        group = group == null || group.isBlank() ? null : group.trim();
    }

    /** The site's host name, as an allow for it would name it; null when the address has none. */
    public String host() {
        var text = url.contains("://") ? url : "http://" + url;
        try {
            var host = URI.create(text).getHost();
            return host == null ? null : DomainName.normalise(host.toLowerCase(Locale.ROOT)).orElse(null);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    public String categoryLabel() {
        return category == null ? null : PolicyDiff.label(category);
    }
}

package org.tutela.concern;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The structured statement the police ask for with an indecent-images case (PROC-IIOC-06): every heading is always
 * present, and what the school does not know reads "not known".
 */
public record PoliceStatement(String witnesses, String network, String location, String accessSteps, String sender,
        String identifiers, String delayReason) {

    public static final String NOT_KNOWN = "Not known";

    public static PoliceStatement empty() {
        return new PoliceStatement(null, null, null, null, null, null, null);
    }

    /** The seven headings in the order the pack prints them, each with its answer or "not known". */
    public Map<String, String> headings() {
        var headings = new LinkedHashMap<String, String>();
        headings.put("Material witnesses", orNotKnown(witnesses));
        headings.put("Internet service provider or mobile network", orNotKnown(network));
        headings.put("URL, app or website", orNotKnown(location));
        headings.put("Passwords or steps to access the material", orNotKnown(accessSteps));
        headings.put("Identity of the sender", orNotKnown(sender));
        headings.put("Identifiers of those involved (email addresses, screen names)", orNotKnown(identifiers));
        headings.put("Reason for any delay in reporting", orNotKnown(delayReason));
        return headings;
    }

    private static String orNotKnown(String text) {
        return text == null || text.isBlank() ? NOT_KNOWN : text.trim();
    }
}

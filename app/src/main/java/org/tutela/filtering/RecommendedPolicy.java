package org.tutela.filtering;

import java.util.ArrayList;
import java.util.List;

/**
 * A starting policy that keeps the seed policies' promises: the UKSIC categories and the illegal lists blocked for
 * everyone (FILT-02); the youngest reach approved sites only (FILT-04); a child search engine up to Year 4 with other
 * search engines blocked (FILT-05); for Years 5 and 6, the child search engine until the class has been taught safe
 * searching, then general search engines with safe search forced (FILT-06); no social media, VPNs or
 * anonymisers for learners (FILT-07, FILT-10). A school reviews and approves it like any other change.
 */
public final class RecommendedPolicy {

    static final List<String> UKSIC = List.of("discrimination", "drugs", "extremism", "gambling", "malware",
            "pornography", "piracy", "self-harm", "violence");
    static final List<String> LEARNERS_ALSO = List.of("social-networking", "chat", "dating", "proxy-vpn", "doh",
            "unsafe-search", "webmail");
    static final String CHILD_SEARCH_ENGINE = "swiggle.org.uk";
    static final List<String> APPROVED_FOR_THE_YOUNGEST = List.of("bbc.co.uk", "cbeebies.com", "swiggle.org.uk",
            "phonicsplay.co.uk", "topmarks.co.uk", "oxfordowl.co.uk");

    /** The group every client no network places lands in: guests, filtered like learners. */
    public static final String FALLBACK_GROUP = "guests";

    private RecommendedPolicy() {
    }

    public static List<PolicyBundle.Group> groups() {
        return List.of(
                new PolicyBundle.Group("eyfs", "Early years (Nursery and Reception)", learners(), true,
                        APPROVED_FOR_THE_YOUNGEST, List.of(), true, "STRICT"),
                new PolicyBundle.Group("ks1", "Key Stage 1 (Years 1 and 2)", learners(), true,
                        APPROVED_FOR_THE_YOUNGEST, List.of(), true, "STRICT"),
                new PolicyBundle.Group("ks2-lower", "Years 3 and 4", with(learners(), "search-engines"), false,
                        List.of(CHILD_SEARCH_ENGINE), List.of(), true, "STRICT"),
                new PolicyBundle.Group("ks2-upper", "Years 5 and 6", learners(), false,
                        List.of(CHILD_SEARCH_ENGINE), List.of(), true, "STRICT", true, false),
                new PolicyBundle.Group("staff", "Staff", with(new ArrayList<>(List.of("pornography", "malware",
                        "piracy", "extremism", "discrimination", "self-harm")), "proxy-vpn"), false, List.of(),
                        List.of(), false, "OFF"),
                new PolicyBundle.Group(FALLBACK_GROUP, "Guests and visitors", with(learners(), "games"), false,
                        List.of(), List.of(), true, "MODERATE"));
    }

    private static List<String> learners() {
        var blocked = new ArrayList<>(UKSIC);
        blocked.addAll(LEARNERS_ALSO);
        return blocked;
    }

    private static List<String> with(List<String> blocked, String more) {
        var all = new ArrayList<>(blocked);
        all.add(more);
        return all;
    }
}

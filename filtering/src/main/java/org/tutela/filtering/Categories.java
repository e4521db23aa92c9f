package org.tutela.filtering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tutela.filtering.Category.Kind;

/**
 * The categories one policy knows, each with a bit, so that the categories of a name fit in an {@code int}. The
 * standard catalogue holds the illegal lists, the UKSIC nine and the categories schools manage; a school can add more,
 * up to 32 in all.
 */
public final class Categories {

    public static final Category IWF = new Category("iwf", "Child sexual abuse content (IWF list)", Kind.ILLEGAL);
    public static final Category TERRORISM = new Category("terrorism",
            "Unlawful terrorist content (police-assessed list)", Kind.ILLEGAL);

    public static final Category DISCRIMINATION = new Category("discrimination", "Discrimination", Kind.HARMFUL);
    public static final Category DRUGS = new Category("drugs", "Drugs and substance abuse", Kind.HARMFUL);
    public static final Category EXTREMISM = new Category("extremism", "Extremism", Kind.HARMFUL);
    public static final Category GAMBLING = new Category("gambling", "Gambling", Kind.HARMFUL);
    public static final Category MALWARE = new Category("malware", "Malware and hacking", Kind.HARMFUL);
    public static final Category PORNOGRAPHY = new Category("pornography", "Pornography", Kind.HARMFUL);
    public static final Category PIRACY = new Category("piracy", "Piracy and copyright theft", Kind.HARMFUL);
    public static final Category SELF_HARM = new Category("self-harm",
            "Self-harm, suicide and eating disorders", Kind.HARMFUL);
    public static final Category VIOLENCE = new Category("violence", "Violence", Kind.HARMFUL);

    public static final Category SOCIAL_NETWORKING = new Category("social-networking", "Social networking", Kind.MANAGED);
    public static final Category GAMES = new Category("games", "Games", Kind.MANAGED);
    public static final Category STREAMING = new Category("streaming", "Video and music streaming", Kind.MANAGED);
    public static final Category CHAT = new Category("chat", "Chat and messaging", Kind.MANAGED);
    public static final Category DATING = new Category("dating", "Dating", Kind.MANAGED);
    public static final Category PROXY_VPN = new Category("proxy-vpn", "VPNs, proxies and anonymisers", Kind.MANAGED);
    public static final Category DNS_OVER_HTTPS = new Category("doh", "DNS-over-HTTPS resolvers", Kind.MANAGED);
    public static final Category UNSAFE_SEARCH = new Category("unsafe-search",
            "Search engines that cannot enforce safe search", Kind.MANAGED);
    public static final Category SEARCH_ENGINES = new Category("search-engines", "General search engines", Kind.MANAGED);
    public static final Category WEBMAIL = new Category("webmail", "Personal webmail", Kind.MANAGED);

    private static final List<Category> STANDARD = List.of(IWF, TERRORISM, DISCRIMINATION, DRUGS, EXTREMISM, GAMBLING,
            MALWARE, PORNOGRAPHY, PIRACY, SELF_HARM, VIOLENCE, SOCIAL_NETWORKING, GAMES, STREAMING, CHAT, DATING,
            PROXY_VPN, DNS_OVER_HTTPS, UNSAFE_SEARCH, SEARCH_ENGINES, WEBMAIL);

    private final List<Category> byBit;
    private final Map<String, Integer> bits;
    private final int illegalMask;

    private Categories(List<Category> categories) {
        if (categories.size() > 32) {
            throw new IllegalArgumentException("a policy can know at most 32 categories, not " + categories.size());
        }
        this.byBit = List.copyOf(categories);
        this.bits = new LinkedHashMap<>();
        int illegal = 0;
        for (int bit = 0; bit < byBit.size(); bit++) {
            var category = byBit.get(bit);
            if (bits.put(category.id(), bit) != null) {
                throw new IllegalArgumentException("category " + category.id() + " is listed twice");
            }
            if (category.illegal()) {
                illegal |= 1 << bit;
            }
        }
        this.illegalMask = illegal;
    }

    public static Categories standard() {
        return new Categories(STANDARD);
    }

    /** The standard catalogue and a school's own categories, which may not pose as illegal ones. */
    public static Categories standardWith(List<Category> own) {
        var all = new ArrayList<>(STANDARD);
        for (var category : own) {
            if (category.illegal()) {
                throw new IllegalArgumentException("only the IWF and police lists are illegal categories");
            }
            all.add(category);
        }
        return new Categories(all);
    }

    public Optional<Category> byId(String id) {
        var bit = bits.get(id);
        return bit == null ? Optional.empty() : Optional.of(byBit.get(bit));
    }

    public int bit(Category category) {
        var bit = bits.get(category.id());
        if (bit == null) {
            throw new IllegalArgumentException("unknown category " + category.id());
        }
        return 1 << bit;
    }

    public int mask(Iterable<Category> categories) {
        int mask = 0;
        for (var category : categories) {
            mask |= bit(category);
        }
        return mask;
    }

    /** Bits of the categories nobody may allow. */
    public int illegalMask() {
        return illegalMask;
    }

    /** The first category in a mask, in catalogue order: illegal before harmful before managed. */
    public Category first(int mask) {
        if (mask == 0) {
            throw new IllegalArgumentException("no category in an empty mask");
        }
        return byBit.get(Integer.numberOfTrailingZeros(mask));
    }

    public List<Category> in(int mask) {
        var found = new ArrayList<Category>();
        for (int bit = 0; bit < byBit.size(); bit++) {
            if ((mask & (1 << bit)) != 0) {
                found.add(byBit.get(bit));
            }
        }
        return found;
    }

    public List<Category> all() {
        return byBit;
    }
}

package org.tutela.filtering;

import java.util.List;

/**
 * The hosts of search engines and video sites that can be told to filter, and the host that enforces it, as the
 * engines document for networks: Google by CNAME to {@code forcesafesearch.google.com}, Bing to
 * {@code strict.bing.com}, YouTube to {@code restrict.youtube.com} (or {@code restrictmoderate.youtube.com}),
 * DuckDuckGo to {@code safe.duckduckgo.com}.
 */
public final class SafeSearch {

    public enum YouTube { STRICT, MODERATE, OFF }

    private static final String GOOGLE = "forcesafesearch.google.com";
    private static final String BING = "strict.bing.com";
    private static final String DUCKDUCKGO = "safe.duckduckgo.com";
    private static final String YOUTUBE_STRICT = "restrict.youtube.com";
    private static final String YOUTUBE_MODERATE = "restrictmoderate.youtube.com";

    /** Google's own search domains; safe search is enforced on the exact name, as Google documents. */
    private static final List<String> GOOGLE_HOSTS = List.of("www.google.com", "google.com", "www.google.co.uk",
            "google.co.uk", "www.google.ie", "www.google.fr", "www.google.de", "www.google.es", "www.google.it",
            "www.google.nl", "www.google.ca", "www.google.com.au");
    private static final List<String> YOUTUBE_HOSTS = List.of("www.youtube.com", "m.youtube.com", "youtube.com",
            "youtubei.googleapis.com", "youtube.googleapis.com", "www.youtube-nocookie.com");

    private final DomainTable exact;
    private final String[] targets;

    private SafeSearch(DomainTable exact, String[] targets) {
        this.exact = exact;
        this.targets = targets;
    }

    /** The rewrites for a group that enforces safe search, with its YouTube setting. */
    public static SafeSearch enforced(YouTube youTube) {
        var builder = DomainTable.builder();
        var targets = new java.util.ArrayList<String>();
        GOOGLE_HOSTS.forEach(host -> builder.add(host, index(targets, GOOGLE)));
        builder.add("www.bing.com", index(targets, BING));
        builder.add("bing.com", index(targets, BING));
        builder.add("duckduckgo.com", index(targets, DUCKDUCKGO));
        builder.add("www.duckduckgo.com", index(targets, DUCKDUCKGO));
        if (youTube != YouTube.OFF) {
            var target = youTube == YouTube.STRICT ? YOUTUBE_STRICT : YOUTUBE_MODERATE;
            YOUTUBE_HOSTS.forEach(host -> builder.add(host, index(targets, target)));
        }
        return new SafeSearch(builder.build(), targets.toArray(String[]::new));
    }

    public static SafeSearch off() {
        return new SafeSearch(DomainTable.empty(), new String[0]);
    }

    /** The safe host to send this exact name to, or null when it is not a search engine's host. */
    String rewrite(byte[] host, int from, int to) {
        // The name itself only: mail.google.com is not search.
        int value = exact.exact(host, from, to);
        return value == DomainTable.NONE ? null : targets[value];
    }

    /** Every search host and the safe host it is sent to. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        exact.forEach((host, target) -> action.accept(host, targets[target]));
    }

    private static int index(List<String> targets, String target) {
        int index = targets.indexOf(target);
        if (index < 0) {
            targets.add(target);
            index = targets.size() - 1;
        }
        return index;
    }
}

package org.tutela.filtering.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search terms in a URL of a search engine schools meet (Google, Bing, DuckDuckGo, YouTube, Yahoo, Ecosia,
 * Swiggle): the engine's query parameter, URL-decoded, trimmed and cut to {@value #MAX_LENGTH} characters. A URL of
 * any other site, or without terms, has none (null).
 */
public final class SearchTerms {

    public static final int MAX_LENGTH = 200;

    /** An engine's hosts, the path its searches use (null: any), and the parameter holding the terms. */
    private record Engine(Pattern hosts, String pathPrefix, String parameter) {

        boolean searchedBy(String host, String path) {
            return hosts.matcher(host).find() && (pathPrefix == null || path.startsWith(pathPrefix));
        }
    }

    private static final List<Engine> ENGINES = List.of(
            // Only /search: Google's /url?q= is a link being followed, not a search.
            new Engine(Pattern.compile("(^|\\.)google\\.[a-z]{2,3}(\\.[a-z]{2})?$"), "/search", "q"),
            new Engine(Pattern.compile("(^|\\.)bing\\.com$"), null, "q"),
            new Engine(Pattern.compile("(^|\\.)duckduckgo\\.com$"), null, "q"),
            new Engine(Pattern.compile("(^|\\.)youtube\\.com$"), "/results", "search_query"),
            new Engine(Pattern.compile("(^|\\.)search\\.yahoo\\.com$"), null, "p"),
            new Engine(Pattern.compile("(^|\\.)ecosia\\.org$"), null, "q"),
            new Engine(Pattern.compile("(^|\\.)swiggle\\.org\\.uk$"), null, "q"));

    private SearchTerms() {
    }

    /** The terms searched for in {@code url}, a request to {@code host}; null when it is not a search. */
    public static String in(String host, String url) {
        if (host == null || url == null) {
            return null;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        int fragment = url.indexOf('#', query);
        int end = fragment < 0 ? url.length() : fragment;
        var path = path(url, query);
        var lowerHost = host.toLowerCase(Locale.ROOT);
        for (var engine : ENGINES) {
            if (engine.searchedBy(lowerHost, path)) {
                return terms(parameter(url, query + 1, end, engine.parameter()));
            }
        }
        return null;
    }

    private static String path(String url, int query) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 || slash > query ? "/" : url.substring(slash, query);
    }

    private static String parameter(String url, int from, int end, String name) {
        int start = from;
        while (start < end) {
            int amp = url.indexOf('&', start);
            int stop = amp < 0 || amp > end ? end : amp;
            int equals = url.indexOf('=', start);
            if (equals > 0 && equals < stop && url.regionMatches(start, name, 0, name.length())
                    && equals - start == name.length()) {
                return url.substring(equals + 1, stop);
            }
            start = stop + 1;
        }
        return null;
    }

    private static String terms(String encoded) {
        if (encoded == null) {
            return null;
        }
        var terms = decode(encoded).strip();
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(terms.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            terms = terms.substring(0, cut).strip();
        }
        return terms;
    }

    /** Form decoding that keeps what it cannot decode ("100%" stays "100%") rather than refusing the terms. */
    static String decode(String encoded) {
        var bytes = new ByteArrayOutputStream(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            int c = encoded.codePointAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0
                    && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}

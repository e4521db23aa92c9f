package org.tutela.filtering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * squidGuard's URL lists: entries of a host and a path prefix, {@code example.com/games/}. An entry matches its host
 * or any subdomain of it, and any path (with its query) that starts with the prefix, both sides in
 * {@linkplain RequestUrl#comparablePath comparable form}. A plain prefix, as squidGuard's: {@code /games} also matches
 * {@code /games-night}; list {@code /games/} to mean the folder.
 */
final class UrlPrefixes {

    static final UrlPrefixes NONE = new Builder().build();

    private final DomainTable hosts;
    private final PathPrefixes[] paths;
    private final int size;

    private UrlPrefixes(DomainTable hosts, PathPrefixes[] paths, int size) {
        this.hosts = hosts;
        this.paths = paths;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The categories of every entry whose host is the host or above it and whose prefix starts the path. */
    int categoriesOf(byte[] host, int from, int to, String path) {
        if (size == 0) {
            return 0;
        }
        int categories = 0;
        for (int start = from; start < to; start++) {
            if (start == from || host[start - 1] == '.') {
                int index = hosts.exact(host, start, to);
                if (index != DomainTable.NONE) {
                    categories |= paths[index].categoriesOf(path);
                }
            }
        }
        return categories;
    }

    /** The entry, {@code host/prefix}, that lists the path under a category bit, most specific host first. */
    String entryFor(byte[] host, int from, int to, String path, int bit) {
        for (int start = from; start < to; start++) {
            if (start == from || host[start - 1] == '.') {
                int index = hosts.exact(host, start, to);
                if (index != DomainTable.NONE) {
                    var prefix = paths[index].prefixFor(path, bit);
                    if (prefix != null) {
                        return new String(host, start, to - start, java.nio.charset.StandardCharsets.US_ASCII)
                                + prefix;
                    }
                }
            }
        }
        return null;
    }

    /**
     * One host's prefixes, sorted, with the distinct prefix lengths: a path is looked up once per length, by binary
     * search, so a host with thousands of listed paths (an image host on the IWF list) costs a few dozen compares.
     */
    private record PathPrefixes(String[] sorted, int[] categories, int[] lengths) {

        int categoriesOf(String path) {
            int found = 0;
            for (int length : lengths) {
                if (length > path.length()) {
                    break;
                }
                int index = find(path, length);
                if (index >= 0) {
                    found |= categories[index];
                }
            }
            return found;
        }

        String prefixFor(String path, int bit) {
            for (int length : lengths) {
                if (length > path.length()) {
                    break;
                }
                int index = find(path, length);
                if (index >= 0 && (categories[index] & bit) != 0) {
                    return sorted[index];
                }
            }
            return null;
        }

        /** Where {@code path[0, length)} is in the sorted prefixes, or -1. */
        private int find(String path, int length) {
            int low = 0;
            int high = sorted.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = compare(sorted[middle], path, length);
                if (order < 0) {
                    low = middle + 1;
                } else if (order > 0) {
                    high = middle - 1;
                } else {
                    return middle;
                }
            }
            return -1;
        }

        /** {@code prefix.compareTo(path.substring(0, length))}, without the substring. */
        private static int compare(String prefix, String path, int length) {
            int common = Math.min(prefix.length(), length);
            for (int i = 0; i < common; i++) {
                int difference = prefix.charAt(i) - path.charAt(i);
                if (difference != 0) {
                    return difference;
                }
            }
            return prefix.length() - length;
        }
    }

    /**
     * A list entry, {@code [scheme://]host[:port][/path]}: its host normalised and its path in comparable form. A
     * leading {@code www.} (or {@code www2.} …) is dropped, as squidGuard drops it, so the entry also covers the bare
     * name and its other subdomains.
     */
    record Entry(String host, String prefix) {

        /** The entry in a line, or null when it names no host. */
        static Entry parse(String line) {
            var text = line.strip();
            int authority = RequestUrl.authorityStart(text);
            int end = RequestUrl.authorityEnd(text, authority);
            var hostAndPort = text.substring(authority, end);
            int colon = hostAndPort.indexOf(':');
            var host = DomainName.normalise(colon < 0 ? hostAndPort : hostAndPort.substring(0, colon));
            return host.map(name -> new Entry(withoutWww(name), RequestUrl.comparablePath(text, end))).orElse(null);
        }

        /** An entry without a path lists the whole host, as a domain list would. */
        boolean wholeHost() {
            return prefix.equals("/");
        }

        private static String withoutWww(String host) {
            if (!host.startsWith("www")) {
                return host;
            }
            int i = 3;
            while (i < host.length() && Character.isDigit(host.charAt(i))) {
                i++;
            }
            boolean parentHasTwoLabels = host.indexOf('.', i + 1) > 0;
            return i < host.length() && host.charAt(i) == '.' && parentHasTwoLabels ? host.substring(i + 1) : host;
        }
    }

    static final class Builder {

        private final Map<String, Map<String, Integer>> byHost = new HashMap<>();
        private int size;

        /** Lists a path prefix (comparable form) below a normalised host under the categories in {@code bits}. */
        void add(String host, String prefix, int bits) {
            var prefixes = byHost.computeIfAbsent(host, h -> new TreeMap<>());
            var listed = prefixes.get(prefix);
            if (listed == null) {
                size++;
            }
            prefixes.put(prefix, listed == null ? bits : listed | bits);
        }

        UrlPrefixes build() {
            var hosts = DomainTable.builder();
            var paths = new ArrayList<PathPrefixes>();
            byHost.forEach((host, prefixes) -> {
                hosts.add(host, paths.size());
                var lengths = new TreeSet<Integer>();
                prefixes.keySet().forEach(prefix -> lengths.add(prefix.length()));
                paths.add(new PathPrefixes(prefixes.keySet().toArray(String[]::new),
                        prefixes.values().stream().mapToInt(Integer::intValue).toArray(),
                        lengths.stream().mapToInt(Integer::intValue).toArray()));
            });
            return new UrlPrefixes(hosts.build(), paths.toArray(PathPrefixes[]::new), size);
        }
    }
}

package org.tutela.filtering.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tutela.filtering.BlockListFiles;
import org.tutela.filtering.Categories;
import org.tutela.filtering.Category;

/**
 * Writes block lists in squidGuard's layout, and a stream of requests against them, made up from a seed: the same
 * arguments always write the same files. The real IWF and police lists are licensed and third-party lists are not
 * ours to commit, so tests and timings run on these. Every name is under {@code .test}, {@code .example} or
 * {@code .invalid}, which can never be real (RFC 2606); the IWF and terrorism stand-ins are all {@code .invalid}.
 *
 * <p>{@code requests.txt} holds one URL a line, as a Squid helper sees them (full URLs, and {@code host:443} for
 * https); {@code requests.expected} holds, line for line, the id of the category the request is listed under, or
 * {@code -} when it is not listed.
 *
 * <pre>SyntheticLists [--out DIR] [--domains N] [--urls N] [--requests N] [--seed N]</pre>
 */
public final class SyntheticLists {

    /** How big a set to write. */
    public record Sizes(int domains, int urls, int requests, long seed) {

        public static final Sizes FULL = new Sizes(1_000_000, 100_000, 1_000_000, 2026);

        public Sizes {
            if (domains < 1000 || urls < 1000 || requests < 0) {
                // Fewer would leave some list without a share.
                throw new IllegalArgumentException("write at least 1000 names and 1000 URL entries");
            }
        }
    }

    /** Where a written set is. */
    public record Written(Path lists, Path requests, Path expected) {
    }

    /** The directory-to-category mapping that loads these lists: UT1's, and the illegal-list stand-ins. */
    public static final Map<String, Category> MAPPING;

    static {
        var mapping = new HashMap<>(BlockListFiles.UT1);
        mapping.put("iwf", Categories.IWF);
        mapping.put("terrorism", Categories.TERRORISM);
        MAPPING = Map.copyOf(mapping);
    }

    /** A list, its share of the names and URL entries in thousandths, and the words its names are made of. */
    record ListSpec(String directory, int share, String tld, List<String> words) {

        Category category() {
            return MAPPING.get(directory);
        }
    }

    static final List<ListSpec> LISTS = List.of(
            new ListSpec("adult", 300, "test", List.of("xrated", "adultcam", "nsfwpics")),
            new ListSpec("malware", 120, "test", List.of("dropper", "payload", "botnet")),
            new ListSpec("phishing", 120, "test", List.of("login-verify", "account-secure", "bank-update")),
            new ListSpec("redirector", 100, "test", List.of("unblock", "webproxy", "hideme")),
            new ListSpec("gambling", 60, "test", List.of("casino", "slots", "poker")),
            new ListSpec("games", 50, "test", List.of("arcade", "playnow", "minigame")),
            new ListSpec("warez", 40, "test", List.of("cracked", "torrentz", "freemovies")),
            new ListSpec("dating", 40, "test", List.of("singles", "meetup-love", "hookup")),
            new ListSpec("drogue", 30, "test", List.of("weedshop", "pills-online", "legalhighs")),
            new ListSpec("social_networks", 20, "test", List.of("friendbook", "chirper", "snapgram")),
            new ListSpec("chat", 20, "test", List.of("chatroom", "talkto", "anonchat")),
            new ListSpec("vpn", 20, "test", List.of("fastvpn", "tunnelr", "privnet")),
            new ListSpec("agressif", 20, "test", List.of("hatesite", "fightclub", "gorezone")),
            new ListSpec("webmail", 10, "test", List.of("webmailer", "inboxnow", "postbox")),
            new ListSpec("doh", 10, "test", List.of("dohresolver", "dnsquery", "securedns")),
            new ListSpec("iwf", 30, "invalid", List.of("standin-iwf")),
            new ListSpec("terrorism", 10, "invalid", List.of("standin-terror")));

    /** Words of unlisted hosts; none is a listed word, so no unlisted host can match by accident. */
    private static final List<String> UNLISTED = List.of("library", "museum", "maths", "phonics", "science",
            "weather", "council", "news", "recipes", "railway", "garden", "orchestra");
    private static final List<String> SUBDOMAINS = List.of("cdn", "img", "m", "static", "eu", "play");
    private static final int TOKEN = 6;

    private final Sizes sizes;
    private final int[] nameStart;
    private final int[] urlStart;

    private SyntheticLists(Sizes sizes) {
        this.sizes = sizes;
        this.nameStart = ranges(sizes.domains());
        this.urlStart = ranges(sizes.urls());
    }

    public static Written write(Path out, Sizes sizes) throws IOException {
        return new SyntheticLists(sizes).write(out);
    }

    public static void main(String[] args) throws IOException {
        var out = Path.of("bench/out");
        var full = Sizes.FULL;
        int domains = full.domains();
        int urls = full.urls();
        int requests = full.requests();
        long seed = full.seed();
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: [--out DIR] [--domains N] [--urls N] [--requests N] [--seed N]");
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--domains" -> domains = Integer.parseInt(args[i + 1]);
                case "--urls" -> urls = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        var written = write(out, new Sizes(domains, urls, requests, seed));
        System.out.printf("%d names, %d URL entries and %d requests in %s%n", domains, urls, requests,
                written.lists().getParent());
    }

    private Written write(Path out) throws IOException {
        var lists = out.resolve("lists");
        for (int l = 0; l < LISTS.size(); l++) {
            var list = LISTS.get(l);
            var directory = Files.createDirectories(lists.resolve(list.directory()));
            try (var domains = writer(directory.resolve("domains"))) {
                for (int i = nameStart[l]; i < nameStart[l + 1]; i++) {
                    domains.write(name(i, l));
                    domains.write('\n');
                }
            }
            try (var urls = writer(directory.resolve("urls"))) {
                for (int i = urlStart[l]; i < urlStart[l + 1]; i++) {
                    urls.write(urlEntry(i, l));
                    urls.write('\n');
                }
            }
            try (var expressions = writer(directory.resolve("expressions"))) {
                for (int k = 1; k <= 3; k++) {
                    expressions.write(expression(l, k));
                    expressions.write('\n');
                }
            }
        }
        var requests = out.resolve("requests.txt");
        var expected = out.resolve("requests.expected");
        try (var stream = writer(requests); var answers = writer(expected)) {
            var random = new SplittableRandom(sizes.seed() ^ 0x5eed);
            for (int r = 0; r < sizes.requests(); r++) {
                request(random, stream, answers);
            }
        }
        return new Written(lists, requests, expected);
    }

    /** The i-th listed name, of list l: {@code word-token.tld}, a third of them one label deeper. */
    String name(int i, int l) {
        var list = LISTS.get(l);
        long h = mix(sizes.seed(), i);
        var name = pick(list.words(), h) + "-" + token(i) + "." + list.tld();
        return (h >>> 40) % 3 == 0 ? pick(SUBDOMAINS, h >>> 20) + "." + name : name;
    }

    /** The i-th URL entry, of list l: four entries a host, each a distinct path under it. */
    String urlEntry(int i, int l) {
        long h = mix(sizes.seed() + 1, i);
        var path = (h & 3) == 0 ? "/view.php?id=" + token(i) + "&" : "/gallery/" + token(i) + "/";
        return urlHost(i, l) + path;
    }

    private String urlHost(int i, int l) {
        return "files-" + token(i / 4) + ".share." + LISTS.get(l).tld();
    }

    /** A distinctive token the k-th expression of list l matches, as a path segment or a query parameter. */
    static String expression(int l, int k) {
        var token = "synthetic-" + LISTS.get(l).directory().replace('_', '-') + "-" + k;
        return k == 3 ? "[?&]" + token.replace('-', '_') + "=" : "(^|[-/_.?=&])" + token + "-[0-9]+([-/_.?=&]|$)";
    }

    private static String expressionHit(int l, int k, int n) {
        var token = "synthetic-" + LISTS.get(l).directory().replace('_', '-') + "-" + k;
        return k == 3 ? "/search?" + token.replace('-', '_') + "=" + n : "/topics/" + token + "-" + n + "/index.html";
    }

    private void request(SplittableRandom random, Writer stream, Writer answers) throws IOException {
        var scheme = random.nextInt(10) < 7 ? "http://" : "https://";
        String url;
        String category = "-";
        if (random.nextBoolean()) {
            int kind = random.nextInt(100);
            if (kind < 80) {
                int i = random.nextInt(sizes.domains());
                int l = listOf(i, nameStart);
                category = LISTS.get(l).category().id();
                var name = name(i, l);
                if (kind < 35) {
                    url = scheme + name + path(random);
                } else if (kind < 55) {
                    url = scheme + "www." + name + path(random);
                } else if (kind < 70) {
                    url = scheme + "a" + random.nextInt(100) + ".deep." + name + path(random);
                } else if (kind < 75) {
                    url = "www." + name + ":443";
                } else {
                    url = scheme + name.toUpperCase() + ":8080" + path(random);
                }
            } else if (kind < 95) {
                int i = random.nextInt(sizes.urls());
                int l = listOf(i, urlStart);
                category = LISTS.get(l).category().id();
                var entry = urlEntry(i, l);
                var www = random.nextBoolean() ? "www." : "";
                url = scheme + www + entry + (entry.endsWith("&") ? "page=" + random.nextInt(9) : "photo-1.jpg");
            } else {
                int l = random.nextInt(LISTS.size());
                category = LISTS.get(l).category().id();
                url = scheme + unlistedHost(random) + expressionHit(l, 1 + random.nextInt(3), random.nextInt(1000));
            }
        } else if (random.nextInt(4) > 0) {
            url = scheme + unlistedHost(random) + path(random);
        } else {
            // A host with listed paths, on a path that is not listed.
            int i = random.nextInt(sizes.urls());
            url = scheme + urlHost(i, listOf(i, urlStart)) + "/public/" + token(random.nextInt(1 << 20)) + ".html";
        }
        stream.write(url);
        stream.write('\n');
        answers.write(category);
        answers.write('\n');
    }

    private static String unlistedHost(SplittableRandom random) {
        var host = UNLISTED.get(random.nextInt(UNLISTED.size())) + "-" + token(random.nextInt(1 << 24))
                + (random.nextBoolean() ? ".example" : ".test");
        return random.nextInt(3) == 0 ? "www." + host : host;
    }

    private static String path(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> "/";
            case 1 -> "/index.html";
            case 2 -> "/articles/" + random.nextInt(100_000) + "?ref=home";
            default -> "/static/js/app-" + random.nextInt(1000) + ".js";
        };
    }

    /** Where each list's share of n entries starts; the last list takes what rounding leaves. */
    private static int[] ranges(int n) {
        int total = LISTS.stream().mapToInt(ListSpec::share).sum();
        var start = new int[LISTS.size() + 1];
        for (int l = 0; l < LISTS.size(); l++) {
            start[l + 1] = start[l] + Math.max(1, (int) ((long) n * LISTS.get(l).share() / total));
        }
        start[LISTS.size()] = n;
        return start;
    }

    private static int listOf(int i, int[] start) {
        int l = 0;
        while (start[l + 1] <= i) {
            l++;
        }
        return l;
    }

    /** Fixed width, so that no token is a prefix of another. */
    private static String token(int i) {
        var text = Integer.toString(i, 36);
        return "0".repeat(Math.max(0, TOKEN - text.length())) + text;
    }

    private static String pick(List<String> words, long h) {
        return words.get((int) Long.remainderUnsigned(h, words.size()));
    }

    private static long mix(long seed, long i) {
        long z = seed * 0x9e3779b97f4a7c15L + i;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 16);
    }
}

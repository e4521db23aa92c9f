package org.tutela.filtering;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the lists a policy bundle names from disk: a squidGuard/UT1 directory, single list files by category, and
 * the IWF and police lists. The million names are loaded again only when a list file changes, not for each new
 * policy version, so a new version takes effect in milliseconds.
 */
public final class BundleListFiles implements BlockListSource {

    private static final System.Logger log = System.getLogger(BundleListFiles.class.getName());

    private final boolean hostNamesOnly;
    private final boolean digests;
    private PolicyBundle.Lists loadedSpec;
    private List<String> loadedStamp;
    private BlockLists loaded;

    /** Loads everything the lists hold, for an enforcement point that sees full URLs (the Squid helper). */
    public BundleListFiles() {
        this(false, false);
    }

    private BundleListFiles(boolean hostNamesOnly, boolean digests) {
        this.hostNamesOnly = hostNamesOnly;
        this.digests = digests;
    }

    /**
     * Loads only what can decide for a host name (see {@link BlockLists.Builder#hostNamesOnly}), for an enforcement
     * point that never sees a URL's path: the DNS resolver, the RPZ export.
     */
    public static BundleListFiles hostNamesOnly() {
        return new BundleListFiles(true, false);
    }

    /**
     * Loads what a DNS resolver needs: host names only, kept as digests rather than names (see
     * {@link BlockLists.Builder#namesAsDigests}), a third of the memory; such lists decide for a host but cannot be
     * listed or exported.
     */
    public static BundleListFiles forResolver() {
        return new BundleListFiles(true, true);
    }

    @Override
    public synchronized BlockLists load(PolicyBundle.Lists spec) throws IOException {
        var stamp = stamp(spec);
        if (loaded != null && spec.equals(loadedSpec) && stamp.equals(loadedStamp)) {
            return loaded;
        }
        var categories = Categories.standard();
        var builder = BlockLists.builder(categories);
        if (hostNamesOnly) {
            builder.hostNamesOnly();
        }
        if (digests) {
            builder.namesAsDigests();
        }
        var files = new BlockListFiles(builder);
        files.expect(nameFiles(spec));
        if (spec.ut1() != null) {
            files.squidGuardDirectory(Path.of(spec.ut1()), BlockListFiles.UT1);
        }
        for (var file : spec.files()) {
            var category = categories.byId(file.category())
                    .orElseThrow(() -> new PolicyRefused("list " + file.path() + " names an unknown category: "
                            + file.category()));
            if (category.illegal()) {
                files.illegalList(Path.of(file.path()), category);
            } else {
                files.nameList(Path.of(file.path()), category);
            }
        }
        if (spec.iwf() != null) {
            files.illegalList(Path.of(spec.iwf()), Categories.IWF);
        }
        if (spec.terrorism() != null) {
            files.illegalList(Path.of(spec.terrorism()), Categories.TERRORISM);
        }
        var report = files.report();
        log.log(Level.INFO, hostNamesOnly ? "block lists loaded for host names only (no URL paths, no expressions): {0}"
                : "block lists loaded: {0}", report);
        loaded = builder.build();
        loadedSpec = spec;
        loadedStamp = stamp;
        return loaded;
    }

    /** Every file of names the bundle's lists load, to size the name table before reading any. */
    private static List<Path> nameFiles(PolicyBundle.Lists spec) throws IOException {
        var paths = new ArrayList<Path>();
        if (spec.ut1() != null && Files.isDirectory(Path.of(spec.ut1()))) {
            try (Stream<Path> directories = Files.list(Path.of(spec.ut1()))) {
                directories.filter(directory -> BlockListFiles.UT1.containsKey(directory.getFileName().toString()))
                        .map(directory -> directory.resolve("domains")).filter(Files::isRegularFile).sorted()
                        .forEach(paths::add);
            }
        }
        spec.files().forEach(file -> paths.add(Path.of(file.path())));
        if (spec.iwf() != null) {
            paths.add(Path.of(spec.iwf()));
        }
        if (spec.terrorism() != null) {
            paths.add(Path.of(spec.terrorism()));
        }
        paths.removeIf(path -> !Files.isRegularFile(path));
        return paths;
    }

    /** The size and modification time of every file the lists come from, to see whether any changed. */
    private static List<String> stamp(PolicyBundle.Lists spec) throws IOException {
        var paths = new ArrayList<Path>();
        if (spec.ut1() != null && Files.isDirectory(Path.of(spec.ut1()))) {
            try (Stream<Path> walk = Files.walk(Path.of(spec.ut1()), 2)) {
                walk.filter(Files::isRegularFile).sorted().forEach(paths::add);
            }
        }
        spec.files().forEach(file -> paths.add(Path.of(file.path())));
        if (spec.iwf() != null) {
            paths.add(Path.of(spec.iwf()));
        }
        if (spec.terrorism() != null) {
            paths.add(Path.of(spec.terrorism()));
        }
        var stamp = new ArrayList<String>();
        for (var path : paths) {
            stamp.add(path + ":" + (Files.exists(path) ? Files.size(path) + "@" + Files.getLastModifiedTime(path) : "-"));
        }
        return stamp;
    }
}

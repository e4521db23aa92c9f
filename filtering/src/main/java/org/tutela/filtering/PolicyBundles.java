package org.tutela.filtering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads policy bundles and compiles them into policies, with their block lists loaded by a {@link BlockListSource}. */
public final class PolicyBundles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent switch is off ("safeSearch" left out means no safe search).
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PolicyBundles() {
    }

    /** Reads a bundle; a file that is not a valid bundle is refused with where and why. */
    public static PolicyBundle read(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(file), PolicyBundle.class);
        } catch (JacksonException invalid) {
            throw new PolicyRefused(file + " is not a valid policy bundle: " + invalid.getOriginalMessage());
        }
    }

    public static void write(PolicyBundle bundle, Path file) throws IOException {
        var temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle));
        // Watchers must never read half a file.
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static FilterPolicy compile(PolicyBundle bundle, BlockLists lists) {
        if (bundle.version() < 1) {
            throw new PolicyRefused("the bundle has no version (versions start at 1)");
        }
        if (bundle.fallbackGroup() == null) {
            throw new PolicyRefused("the bundle names no fallback group");
        }
        return FilterPolicy.compile(bundle.version(), lists,
                bundle.groups().stream().map(PolicyBundle.Group::toPolicy).toList(),
                bundle.temporaryAllows().stream().map(PolicyBundle.Allow::toAllow).toList(),
                new GroupId(bundle.fallbackGroup()), bundle.clients().toClientNetworks(),
                bundle.learnerExceptions().stream().map(PolicyBundle.LearnerRule::toException).toList(),
                bundle.suspensions().stream().map(PolicyBundle.Suspension::toSuspension).toList(),
                bundle.blockPageHosts());
    }

    /** The id of the school the bundle is for; null when it names none (the demo policies). */
    public static java.util.UUID schoolId(PolicyBundle bundle) {
        if (bundle.schoolId() == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(bundle.schoolId());
        } catch (IllegalArgumentException notAnId) {
            throw new PolicyRefused("the bundle's schoolId is not a UUID: " + bundle.schoolId());
        }
    }

    /** Reads and compiles a bundle file. */
    public static FilterPolicy load(Path file, BlockListSource lists) throws IOException {
        var bundle = read(file);
        return compile(bundle, lists.load(bundle.lists()));
    }
}

package org.tutela.filtering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Writes one group's policy from a school's policy bundle as an RPZ zone file:
 * {@code java -cp tutela-filtering.jar:... org.tutela.filtering.RpzExport --policy BUNDLE --group ks2-upper
 * --out ks2-upper.rpz [--zone rpz.tutela]}. The file is replaced atomically, so a name server reloading it never
 * reads half a zone.
 */
public final class RpzExport {

    static final String USAGE = "usage: RpzExport --policy BUNDLE --group GROUP --out FILE [--zone NAME]";

    private RpzExport() {
    }

    public static void main(String[] args) throws IOException {
        try {
            var exported = export(args);
            System.out.println("wrote " + exported);
        } catch (IllegalArgumentException refused) {
            System.err.println("RpzExport: " + refused.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    static Path export(String... args) throws IOException {
        String bundle = null;
        String group = null;
        String out = null;
        String zone = "rpz.tutela";
        for (int i = 0; i < args.length; i++) {
            var value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--policy" -> bundle = value;
                case "--group" -> group = value;
                case "--out" -> out = value;
                case "--zone" -> zone = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            i++;
        }
        if (bundle == null || group == null || out == null) {
            throw new IllegalArgumentException("name the bundle, the group and the file to write");
        }
        var policy = PolicyBundles.load(Path.of(bundle), BundleListFiles.hostNamesOnly());
        var groupId = new GroupId(group);
        if (!policy.compiledGroup(groupId).definition.id().equals(groupId)) {
            throw new IllegalArgumentException("the policy has no group " + group);
        }
        var target = Path.of(out);
        var temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (var writer = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII)) {
            RpzZone.write(policy, groupId, zone, Instant.now(), writer);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}

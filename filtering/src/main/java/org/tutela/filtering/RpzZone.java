package org.tutela.filtering;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one group's policy as a DNS Response Policy Zone, for BIND, Unbound or PowerDNS. Blocked names answer
 * NXDOMAIN ({@code CNAME .}), the group's allow list and temporary allows pass through ({@code CNAME rpz-passthru.}),
 * safe search is a CNAME to the engine's safe host, and an allow-list-only group blocks everything else with a
 * wildcard. RPZ prefers an exact name to a wildcard and a longer wildcard to a shorter one, so an illegal name stays
 * blocked under an allowed parent, as it does in the engine.
 *
 * <p>The zone is a snapshot: temporary allows in force at {@code now} are included and must be re-exported when
 * they end.
 */
public final class RpzZone {

    private static final String BLOCK = ".";
    private static final String PASS = "rpz-passthru.";

    private RpzZone() {
    }

    public static void write(FilterPolicy policy, GroupId group, String zoneName, Instant now, Writer out)
            throws IOException {
        var rules = policy.compiledGroup(group);
        var categories = policy.lists().categories();
        int blocked = rules.blockedMask | categories.illegalMask();
        // Name → target; later puts override earlier ones in the engine's order of precedence, reversed.
        var records = new TreeMap<String, String>();

        // Put in the reverse of the engine's precedence, so that the stronger rule overwrites the weaker.
        if (rules.definition.allowListOnly()) {
            records.put("*", BLOCK);
        } else {
            rules.safeSearch.forEach((host, safeHost) -> records.put(host, safeHost + "."));
        }
        rules.allow.forEach((name, value) -> passThrough(records, name));
        rules.deny.forEach((name, value) -> block(records, name));
        rules.temporary.forEach((name, index) -> {
            if (rules.temporaryAllows.get(index).stream().anyMatch(allow -> allow.inForceAt(now))) {
                passThrough(records, name);
            }
        });
        policy.lists().namesToList().forEach((name, mask) -> {
            boolean illegal = (mask & categories.illegalMask()) != 0;
            if (illegal || (!rules.definition.allowListOnly() && (mask & blocked) != 0
                    && !passesThrough(records, name))) {
                block(records, name);
            }
        });

        var origin = zoneName.endsWith(".") ? zoneName : zoneName + ".";
        out.write("; Tutela policy v" + policy.version() + " for group " + rules.definition.id() + ", written " + now
                + "\n");
        out.write("$ORIGIN " + origin + "\n");
        out.write("$TTL 60\n");
        out.write("@ SOA localhost. hostmaster.localhost. " + policy.version() + " 3600 600 86400 60\n");
        out.write("@ NS localhost.\n");
        for (Map.Entry<String, String> record : records.entrySet()) {
            out.write(record.getKey());
            out.write(" CNAME ");
            out.write(record.getValue());
            out.write('\n');
        }
        out.flush();
    }

    private static void block(Map<String, String> records, String name) {
        records.put(name, BLOCK);
        records.put("*." + name, BLOCK);
    }

    private static void passThrough(Map<String, String> records, String name) {
        records.put(name, PASS);
        records.put("*." + name, PASS);
    }

    /** A category entry below an allowed name stays allowed, as the engine tries the allow list first. */
    private static boolean passesThrough(Map<String, String> records, String name) {
        for (var at = name; ; at = at.substring(at.indexOf('.') + 1)) {
            if (PASS.equals(records.get(at))) {
                return true;
            }
            if (at.indexOf('.') < 0) {
                return false;
            }
        }
    }
}

package org.tutela.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.tutela.filtering.BundleListFiles;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.PolicyBundles;
import org.tutela.filtering.PolicyWatcher;

/**
 * A school's policy bundle, as Tutela writes it: loaded at start, then watched, so a new version (with the networks
 * that place clients in its groups) is in force within seconds and a broken one leaves the last good one in force.
 */
record BundlePolicy(Path bundle) implements PolicySource {

    @Override
    public Enforced load(Clock clock) {
        try {
            // A resolver sees host names only (URL entries with a path and expressions could never match) and
            // never lists them: the names are kept as digests, a third of the memory.
            var lists = BundleListFiles.forResolver();
            var read = PolicyBundles.read(bundle);
            var engine = new FilterEngine(PolicyBundles.compile(read, lists.load(read.lists())), clock);
            PolicyWatcher.watch(bundle, lists, engine, 5);
            // A resolver serves one school: the id it starts with is the one it logs under.
            return new Enforced(engine, FilterPolicy::clients, PolicyBundles.schoolId(read));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the policy bundle " + bundle, e);
        }
    }
}

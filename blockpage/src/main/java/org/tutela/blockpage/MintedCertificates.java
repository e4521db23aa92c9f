package org.tutela.blockpage;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * Certificates minted by the school CA, one a host, kept so that a device asking again is not signed for again: at
 * most {@code capacity} hosts (the least recently used go first), each used for half its lifetime and then minted
 * afresh, so a certificate handed out always has at least half its lifetime left. All share one P-256 key made when
 * the interceptor starts and held only in memory.
 */
final class MintedCertificates {

    static final int DEFAULT_CAPACITY = 10_000;
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    /** New hosts signed for in one second at most: a flood of made-up names must not take the event loop. */
    static final int DEFAULT_MINTS_PER_SECOND = 50;

    /** One host's certificate and the TLS server context that presents it. */
    record Minted(String host, X509Certificate certificate, SslContext context, Instant renewAfter) {
    }

    private final SchoolCa ca;
    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final KeyPair leafKey;
    private final Map<String, Minted> byHost;
    private final int mintsPerSecond;
    private long second;
    private int mintedThisSecond;
    private boolean expiryReported;

    MintedCertificates(SchoolCa ca, int capacity, Duration lifetime, Clock clock) {
        this(ca, capacity, lifetime, clock, DEFAULT_MINTS_PER_SECOND);
    }

    MintedCertificates(SchoolCa ca, int capacity, Duration lifetime, Clock clock, int mintsPerSecond) {
        this.mintsPerSecond = mintsPerSecond;
        if (capacity < 1 || lifetime.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new IllegalArgumentException("keep at least one certificate, minted for at least ten minutes");
        }
        this.ca = ca;
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.leafKey = newLeafKey();
        this.byHost = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Minted> eldest) {
                return size() > MintedCertificates.this.capacity;
            }
        };
    }

    /**
     * The certificate for a host name, minted now unless one minted earlier is still fresh.
     *
     * @throws IllegalArgumentException for a name that is not a host name ({@link HostNames#certifiable})
     */
    Minted forHost(String name) {
        var host = HostNames.certifiable(name)
                .orElseThrow(() -> new IllegalArgumentException("not a host name to certify: " + name));
        var now = clock.instant();
        synchronized (byHost) {
            var kept = byHost.get(host);
            if (kept != null && now.isBefore(kept.renewAfter())) {
                return kept;
            }
        }
        if (!mayMint(now)) {
            throw new IllegalStateException("more than " + mintsPerSecond + " new hosts in a second: " + host
                    + " refused for now");
        }
        // Signed outside the lock: two devices asking for one new host at once may each have one minted.
        Minted minted;
        try {
            minted = mint(host, now);
        } catch (IllegalStateException expired) {
            synchronized (byHost) {
                if (!expiryReported) {
                    expiryReported = true;
                    System.err.println("ERROR: " + expired.getMessage());
                }
            }
            throw expired;
        }
        synchronized (byHost) {
            byHost.put(host, minted);
        }
        return minted;
    }

    /** Counts a new signature against this second's allowance. */
    private boolean mayMint(Instant now) {
        synchronized (byHost) {
            var thisSecond = now.getEpochSecond();
            if (thisSecond != second) {
                second = thisSecond;
                mintedThisSecond = 0;
            }
            return ++mintedThisSecond <= mintsPerSecond;
        }
    }

    /** Hosts with a certificate kept now. */
    int size() {
        synchronized (byHost) {
            return byHost.size();
        }
    }

    private Minted mint(String host, Instant now) {
        var certificate = ca.mint(host, leafKey.getPublic(), now, lifetime);
        try {
            var context = SslContextBuilder.forServer(leafKey.getPrivate(), certificate)
                    .protocols("TLSv1.3", "TLSv1.2").build();
            var renewAfter = now.plus(lifetime.dividedBy(2));
            var expires = certificate.getNotAfter().toInstant();
            return new Minted(host, certificate, context, renewAfter.isBefore(expires) ? renewAfter : expires);
        } catch (SSLException failed) {
            throw new IllegalStateException("could not make a TLS context for " + host, failed);
        }
    }

    private static KeyPair newLeafKey() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("this JVM cannot make P-256 keys", unavailable);
        }
    }
}

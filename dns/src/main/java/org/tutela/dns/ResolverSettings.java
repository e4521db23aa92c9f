package org.tutela.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the resolver runs: where it listens (UDP and TCP on one port; port 0 picks a free one), the upstream
 * resolvers it forwards allowed names to, how long it waits for one and how many it tries, how it answers a blocked
 * name, how many answers it caches and in how much memory, the TTL of a safe-search CNAME and how many event loops it runs.
 */
public record ResolverSettings(InetSocketAddress listen, List<InetSocketAddress> upstreams, Duration upstreamTimeout,
        int upstreamAttempts, BlockAnswer block, int cacheCapacity, long cacheMemory, int safeSearchTtl,
        int eventLoops) {

    public ResolverSettings {
        Objects.requireNonNull(listen, "say where to listen");
        upstreams = List.copyOf(upstreams);
        if (upstreams.isEmpty()) {
            throw new IllegalArgumentException("name at least one upstream resolver");
        }
        Objects.requireNonNull(upstreamTimeout, "say how long to wait for an upstream");
        Objects.requireNonNull(block, "say how to answer a blocked name");
        if (upstreamAttempts < 1 || cacheCapacity < 0 || cacheMemory < 0 || safeSearchTtl < 0 || eventLoops < 1) {
            throw new IllegalArgumentException("attempts and event loops are positive, sizes and TTLs not negative");
        }
    }

    /**
     * Two seconds an upstream, three attempts, NXDOMAIN for blocked names, at most 100,000 cached answers in 16 MB,
     * one event loop.
     */
    public static ResolverSettings of(InetSocketAddress listen, List<InetSocketAddress> upstreams) {
        return new ResolverSettings(listen, upstreams, Duration.ofSeconds(2), 3,
                BlockAnswer.nxdomain(BlockAnswer.DEFAULT_TTL), 100_000, AnswerCache.DEFAULT_MEMORY, 300, 1);
    }

    public ResolverSettings withBlock(BlockAnswer answer) {
        return new ResolverSettings(listen, upstreams, upstreamTimeout, upstreamAttempts, answer, cacheCapacity,
                cacheMemory, safeSearchTtl, eventLoops);
    }

    public ResolverSettings withUpstreamTimeout(Duration timeout, int attempts) {
        return new ResolverSettings(listen, upstreams, timeout, attempts, block, cacheCapacity, cacheMemory,
                safeSearchTtl, eventLoops);
    }

    public ResolverSettings withCacheCapacity(int capacity) {
        return new ResolverSettings(listen, upstreams, upstreamTimeout, upstreamAttempts, block, capacity,
                cacheMemory, safeSearchTtl, eventLoops);
    }

    /** At most this many bytes of heap for cached answers. */
    public ResolverSettings withCacheMemory(long bytes) {
        return new ResolverSettings(listen, upstreams, upstreamTimeout, upstreamAttempts, block, cacheCapacity, bytes,
                safeSearchTtl, eventLoops);
    }

    public ResolverSettings withEventLoops(int loops) {
        return new ResolverSettings(listen, upstreams, upstreamTimeout, upstreamAttempts, block, cacheCapacity,
                cacheMemory, safeSearchTtl, loops);
    }
}

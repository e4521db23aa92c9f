package org.tutela.squid;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;

import org.tutela.filtering.Decision;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.DecisionLog;

/**
 * The one place the helper asks the filtering engine: places the client in its group (user name first, then
 * address; the policy's fallback group when neither is known), applies any exception for that learner (FILT-17),
 * decides on what it asked for, and records the
 * decision in the log, which never makes the answer wait.
 */
final class RequestFilter {

    /** Squid's own limit on a URL is 8 KiB; anything longer is cut, so one request cannot bloat the log. */
    static final int MAX_LOGGED_URL = 8 * 1024;

    private final FilterEngine engine;
    private final DecisionLog log;
    private final UUID schoolId;
    private final Clock clock;

    RequestFilter(FilterEngine engine) {
        this(engine, DecisionLog.NONE, null, Clock.systemUTC());
    }

    RequestFilter(FilterEngine engine, DecisionLog log, UUID schoolId, Clock clock) {
        this.engine = engine;
        this.log = log;
        this.schoolId = schoolId;
        this.clock = clock;
    }

    Decision decide(Client client, RequestTarget target) {
        // Who is in which group, and any exception for one learner, belong to the policy version in force, so they
        // change together with it.
        var decision = engine.decideUrlFor(client.address(), client.user(), target.url());
        if (log.keeps()) {
            log.record(DecisionEvent.proxied(clock.instant(), schoolId, address(client.address()), client.user(),
                    target.host(), target.tunnel() ? null : shortened(target.url()), decision));
        }
        return decision;
    }

    private static String shortened(String url) {
        return url.length() <= MAX_LOGGED_URL ? url : url.substring(0, MAX_LOGGED_URL);
    }

    /** An IP literal as an address; anything else (a name, "-") as unknown, never looked up. */
    static InetAddress address(String text) {
        if (text == null || !(text.indexOf(':') >= 0 || text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))
                || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}

package org.tutela.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;

/**
 * Ends a session at once when its person or account has been deactivated, and when it has lasted longer than the
 * absolute timeout. Checked on every request, so it holds on every server of a cluster.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "tutela.signedInAt";

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Duration absoluteTimeout;
    private final Clock clock;

    SessionGuard(Accounts accounts, AuditTrail audit, Duration absoluteTimeout, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            var session = request.getSession(false);
            var signedInAt = session == null ? null : (Instant) session.getAttribute(SIGNED_IN_AT);
            String ended = null;
            if (!accounts.stillActive(user.accountId())) {
                ended = "deactivated";
            } else if (signedInAt != null && signedInAt.plus(absoluteTimeout).isBefore(clock.instant())) {
                ended = "expired";
            }
            if (ended != null) {
                audit.record("SESSION_ENDED", "account", user.accountId(), null, Outcome.ALLOWED, ended);
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/sign-in?" + ended);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

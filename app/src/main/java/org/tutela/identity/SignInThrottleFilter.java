package org.tutela.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429, with Retry-After, to a sign-in attempt made too soon after repeated failures. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/sign-in").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.secondsToWait(request.getParameter("email"), request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendError(429, "Too many sign-in attempts. Wait " + wait + " seconds and try again.");
            return;
        }
        chain.doFilter(request, response);
    }
}

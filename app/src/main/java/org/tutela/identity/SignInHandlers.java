package org.tutela.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.People;
import org.tutela.school.PersonId;

/** What happens, and what is audited, when a password is accepted or refused, on sign-out and on a refusal. */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler,
        AccessDeniedHandler {

    private final AuditTrail audit;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final People people;
    private final Clock clock;
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    SignInHandlers(AuditTrail audit, Accounts accounts, SignInThrottle throttle, People people, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.throttle = throttle;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        var user = (SignedInUser) authentication.getPrincipal();
        request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, clock.instant());
        if (user.needsSecondFactor()) {
            audit.record("PASSWORD_ACCEPTED", "account", user.accountId(), null, Outcome.ALLOWED,
                    "second factor required");
            response.sendRedirect(request.getContextPath() + (user.multiFactorEnrolled() ? "/mfa" : "/mfa/enrol"));
            return;
        }
        audit.record("SIGN_IN", "account", user.accountId(), null, Outcome.ALLOWED, "password");
        redirectToWhereTheyWereGoing(request, response);
    }

    void redirectToWhereTheyWereGoing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        var target = saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl();
        response.sendRedirect(target);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var email = request.getParameter("email");
        throttle.failed(email, request.getRemoteAddr());
        var account = email == null ? null : accounts.byEmail(email).orElse(null);
        // Filed under the account's school, so its DSL and headteacher see attempts on their staff's accounts.
        var person = account == null ? null : people.find(new PersonId(account.person())).orElse(null);
        audit.recordAs(person == null ? null : person.id().value(), person == null ? "unknown" : person.fullName(),
                "SIGN_IN_FAILED", "account", account == null ? null : account.id(),
                person == null || person.school() == null ? null : person.school().value(), Outcome.DENIED,
                account == null ? "no such account" : "wrong password or inactive account");
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            audit.record("SIGN_OUT", "account", user.accountId(), null, Outcome.ALLOWED, null);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && authentication.getAuthorities().stream().noneMatch(a -> SignedInUser.SIGNED_IN.equals(a.getAuthority()))) {
            // Password given, second factor not yet: finish signing in first.
            response.sendRedirect(request.getContextPath() + (user.multiFactorEnrolled() ? "/mfa" : "/mfa/enrol"));
            return;
        }
        audit.record("ACCESS_DENIED", "page", request.getMethod() + " " + request.getRequestURI(), null,
                Outcome.DENIED, denied.getMessage());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

}

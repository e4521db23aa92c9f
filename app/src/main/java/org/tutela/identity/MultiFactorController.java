package org.tutela.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;

/**
 * The second step of signing in: enrol an authenticator app once (only while not enrolled, so a stolen password
 * cannot replace the factor), then enter a code from it at each sign-in. Codes are single-use.
 */
@Controller
class MultiFactorController {

    private static final String PENDING_SECRET = "tutela.pendingTotpSecret";

    private final Accounts accounts;
    private final TotpCodes codes;
    private final SecretBox secrets;
    private final SignInThrottle throttle;
    private final SignInHandlers handlers;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    MultiFactorController(Accounts accounts, TotpCodes codes, SecretBox secrets, SignInThrottle throttle,
            SignInHandlers handlers, AuditTrail audit, IdentityProperties properties) {
        this.accounts = accounts;
        this.codes = codes;
        this.secrets = secrets;
        this.throttle = throttle;
        this.handlers = handlers;
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/mfa")
    String codeForm(Authentication authentication) {
        var user = (SignedInUser) authentication.getPrincipal();
        if (!currentlyEnrolled(user)) {
            return "redirect:/mfa/enrol";
        }
        return "identity/mfa";
    }

    @PostMapping("/mfa")
    String checkCode(Authentication authentication, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = (SignedInUser) authentication.getPrincipal();
        var account = accounts.byId(user.accountId()).filter(Account::enrolledInMultiFactor).orElse(null);
        if (account == null) {
            return "redirect:/mfa/enrol";
        }
        var wait = throttle.secondsToWaitForCode(user.accountId().toString());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            response.setStatus(429);
            model.addAttribute("error", "Too many wrong codes. Wait " + wait + " seconds and try again.");
            return "identity/mfa";
        }
        var step = codes.matchingStep(secrets.open(account.encryptedTotpSecret()), code);
        if (step.isEmpty() || !accounts.useStep(account.id(), step.getAsLong())) {
            throttle.wrongCode(user.accountId().toString());
            audit.record("MFA_FAILED", "account", user.accountId(), null, Outcome.DENIED,
                    step.isEmpty() ? "wrong code" : "code already used");
            model.addAttribute("error", step.isEmpty()
                    ? "The code is not right. Enter the 6-digit code your authenticator app shows now."
                    : "That code has been used already. Wait for the next code and enter it.");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/mfa";
        }
        completeSignIn(authentication, request, response, "password and authenticator code");
        return null;
    }

    @GetMapping("/mfa/enrol")
    String enrolForm(Authentication authentication, HttpSession session, Model model) {
        var user = (SignedInUser) authentication.getPrincipal();
        if (currentlyEnrolled(user)) {
            return "redirect:/mfa";
        }
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = codes.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        showEnrolment(user, secret, model);
        return "identity/mfa-enrol";
    }

    @PostMapping("/mfa/enrol")
    String confirmEnrolment(Authentication authentication, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var user = (SignedInUser) authentication.getPrincipal();
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (currentlyEnrolled(user) || secret == null) {
            return "redirect:/mfa";
        }
        var step = codes.matchingStep(secret, code);
        if (step.isEmpty()) {
            throttle.wrongCode(user.accountId().toString());
            model.addAttribute("error", "The code is not right. Enter the 6-digit code your authenticator app shows now.");
            showEnrolment(user, secret, model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/mfa-enrol";
        }
        accounts.confirmEnrolment(user.accountId(), secrets.seal(secret), step.getAsLong());
        session.removeAttribute(PENDING_SECRET);
        audit.record("MFA_ENROLLED", "account", user.accountId(), null, Outcome.ALLOWED, null);
        completeSignIn(authentication, request, response, "password and newly enrolled authenticator");
        return null;
    }

    private boolean currentlyEnrolled(SignedInUser user) {
        return accounts.byId(user.accountId()).map(Account::enrolledInMultiFactor).orElse(false);
    }

    private void showEnrolment(SignedInUser user, String secret, Model model) {
        var uri = codes.otpauthUri(properties.issuer(), user.email(), secret);
        model.addAttribute("qrCode", QrCodes.svg(uri, "QR code to add Tutela to your authenticator app"));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
        model.addAttribute("required", user.multiFactorRequired());
    }

    /** Both factors given: a new session id, and the authority that opens the rest of Tutela. */
    private void completeSignIn(Authentication partial, HttpServletRequest request, HttpServletResponse response,
            String how) throws IOException {
        request.changeSessionId();
        var full = UsernamePasswordAuthenticationToken.authenticated(partial.getPrincipal(), null,
                List.of(new SimpleGrantedAuthority(SignedInUser.PASSWORD_VERIFIED),
                        new SimpleGrantedAuthority(SignedInUser.SIGNED_IN)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record("SIGN_IN", "account", ((SignedInUser) partial.getPrincipal()).accountId(), null, Outcome.ALLOWED, how);
        handlers.redirectToWhereTheyWereGoing(request, response);
    }
}

package org.tutela.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal access tokens for the API, on "Your account": create one (its secret is shown on this response only,
 * never stored, never put in the session) and revoke one's own.
 */
@Controller
class AccessTokenController {

    private final PersonalAccessTokens tokens;
    private final AccountPage page;

    AccessTokenController(PersonalAccessTokens tokens, AccountPage page) {
        this.tokens = tokens;
        this.page = page;
    }

    @PostMapping("/account/tokens")
    String create(Authentication authentication, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiresOn, Model model, HttpServletResponse response) {
        var user = (SignedInUser) authentication.getPrincipal();
        try {
            var issued = tokens.create(user.accountId(), name, date(expiresOn));
            model.addAttribute("newToken", issued.secret());
            model.addAttribute("newTokenName", name.trim());
            response.setHeader("Cache-Control", "no-store");
        } catch (TokenRefused refused) {
            response.setStatus(422);
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenExpiry", expiresOn);
            model.addAttribute("errorField", "tokenName");
            model.addAttribute("errors", List.of(refused.getMessage()));
        }
        return page.show(user, model);
    }

    @PostMapping("/account/tokens/{token}/revoke")
    String revoke(Authentication authentication, @PathVariable UUID token, RedirectAttributes redirect) {
        var user = (SignedInUser) authentication.getPrincipal();
        redirect.addFlashAttribute("success", tokens.revoke(user.accountId(), token)
                ? "The token was revoked: it no longer works" : "That token was already revoked, or is not yours");
        return "redirect:/account";
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

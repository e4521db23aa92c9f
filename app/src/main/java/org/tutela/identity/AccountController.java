package org.tutela.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: whether two-step verification is on, and changing their password. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AccountPage page;

    AccountController(Accounts accounts, PasswordEncoder passwords, AccountPage page) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.page = page;
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        return page.show((SignedInUser) authentication.getPrincipal(), model);
    }

    @PostMapping("/account/password")
    String changePassword(Authentication authentication, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = (SignedInUser) authentication.getPrincipal();
        var account = accounts.byId(user.accountId()).orElseThrow();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            return refused(model, response, user, "currentPassword", java.util.List.of("Your current password is not right"));
        }
        try {
            accounts.changePassword(account.id(), newPassword);
        } catch (WeakPassword weak) {
            return refused(model, response, user, "newPassword", weak.reasons());
        }
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/account";
    }

    private String refused(Model model, HttpServletResponse response, SignedInUser user, String field,
            java.util.List<String> reasons) {
        response.setStatus(422);
        model.addAttribute("errorField", field);
        model.addAttribute("errors", reasons);
        return page.show(user, model);
    }
}

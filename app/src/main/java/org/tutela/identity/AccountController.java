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

    AccountController(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        var user = (SignedInUser) authentication.getPrincipal();
        var account = accounts.byId(user.accountId()).orElseThrow();
        model.addAttribute("email", account.email());
        model.addAttribute("enrolled", account.enrolledInMultiFactor());
        model.addAttribute("required", user.multiFactorRequired());
        return "identity/account";
    }

    @PostMapping("/account/password")
    String changePassword(Authentication authentication, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = (SignedInUser) authentication.getPrincipal();
        var account = accounts.byId(user.accountId()).orElseThrow();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            return refused(model, response, account, "currentPassword", java.util.List.of("Your current password is not right"));
        }
        try {
            accounts.changePassword(account.id(), newPassword);
        } catch (WeakPassword weak) {
            return refused(model, response, account, "newPassword", weak.reasons());
        }
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/account";
    }

    private String refused(Model model, HttpServletResponse response, Account account, String field,
            java.util.List<String> reasons) {
        response.setStatus(422);
        model.addAttribute("email", account.email());
        model.addAttribute("enrolled", account.enrolledInMultiFactor());
        model.addAttribute("errorField", field);
        model.addAttribute("errors", reasons);
        return "identity/account";
    }
}

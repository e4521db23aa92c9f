package org.tutela.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What "Your account" shows, whichever form on it was just sent. */
@Component
class AccountPage {

    private final Accounts accounts;
    private final PersonalAccessTokens tokens;
    private final Clock clock;

    AccountPage(Accounts accounts, PersonalAccessTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    String show(SignedInUser user, Model model) {
        var account = accounts.byId(user.accountId()).orElseThrow();
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        model.addAttribute("email", account.email());
        model.addAttribute("enrolled", account.enrolledInMultiFactor());
        model.addAttribute("required", user.multiFactorRequired());
        model.addAttribute("tokens", tokens.of(account.id()));
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("tokenExpiry")) {
            model.addAttribute("tokenExpiry", today.plusDays(90).toString());
        }
        model.addAttribute("latestExpiry", today.plusYears(1).toString());
        return "identity/account";
    }
}

package org.tutela.identity;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.school.PersonDeactivated;

/** Closes the account of a deactivated person. Their open sessions end on their next request (SessionGuard). */
@Component
class AccountClosure {

    private final Accounts accounts;

    AccountClosure(Accounts accounts) {
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(PersonDeactivated event) {
        accounts.close(event.person());
    }
}

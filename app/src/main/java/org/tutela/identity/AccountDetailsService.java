package org.tutela.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tutela.school.People;
import org.tutela.school.PersonId;

@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final People people;

    AccountDetailsService(Accounts accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var account = accounts.byEmail(email).filter(Account::active)
                .orElseThrow(() -> new UsernameNotFoundException("no active account"));
        var viewer = people.viewer(new PersonId(account.person()))
                .orElseThrow(() -> new UsernameNotFoundException("no active person"));
        return new SignedInUser(account.id(), account.person(), viewer.school() == null ? null : viewer.school().value(),
                account.email(), viewer.displayName(), account.passwordHash(), viewer.needsMultiFactor(),
                account.enrolledInMultiFactor());
    }

}

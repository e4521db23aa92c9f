package org.tutela.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * NCSC and NIST-style password rules: long enough, not one of the common passwords, not guessable from the
 * person's own email, and no forced rotation. zxcvbn carries the common-password lists and estimates guessability.
 */
@Component
class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    void check(String password, String email) {
        var reasons = new ArrayList<String>();
        if (password == null || password.length() < MINIMUM_LENGTH) {
            reasons.add("Password must be at least " + MINIMUM_LENGTH + " characters long.");
        }
        if (password != null && password.length() > MAXIMUM_LENGTH) {
            reasons.add("Password must be " + MAXIMUM_LENGTH + " characters or fewer.");
        }
        if (password != null && !password.isEmpty() && password.length() <= MAXIMUM_LENGTH) {
            var hints = email == null ? List.<String>of() : List.of(email, email.split("@")[0]);
            var strength = zxcvbn.measure(password, hints);
            var sequence = strength.getSequence();
            var common = sequence.size() == 1 && "passwords".equals(sequence.get(0).dictionaryName);
            if (common || password.toLowerCase(Locale.ROOT).startsWith("password")) {
                reasons.add("Password is one of the most common passwords: choose one nobody would guess.");
            } else if (strength.getScore() < 3) {
                reasons.add("Password is too easy to guess: try three or more random words.");
            }
        }
        if (!reasons.isEmpty()) {
            throw new WeakPassword(reasons);
        }
    }
}

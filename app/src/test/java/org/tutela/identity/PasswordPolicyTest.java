package org.tutela.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void password1IsRefusedWithTheUnmetRulesListed() {
        var refused = catchThrowableOfType(WeakPassword.class, () -> policy.check("password1", "a@school.example"));

        assertThat(refused.reasons()).anyMatch(reason -> reason.contains("at least 10 characters"));
        assertThat(refused.reasons()).anyMatch(reason -> reason.contains("most common passwords"));
    }

    @Test
    void aLongCommonPasswordIsRefused() {
        assertThat(catchThrowableOfType(WeakPassword.class, () -> policy.check("qwertyuiop", null)).reasons())
                .isNotEmpty();
    }

    @Test
    void aPasswordMadeFromTheEmailAddressIsRefused() {
        assertThat(catchThrowableOfType(WeakPassword.class,
                () -> policy.check("helen.ashdown1", "helen.ashdown@hawthorn.example"))).isNotNull();
    }

    @Test
    void threeRandomWordsAreAccepted() {
        assertThatCode(() -> policy.check("Kingfisher-river-2026", "helen.ashdown@hawthorn.example"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("copper lantern meadow", null)).doesNotThrowAnyException();
    }

    @Test
    void anAbsurdlyLongPasswordIsRefusedRatherThanHashed() {
        assertThat(catchThrowableOfType(WeakPassword.class, () -> policy.check("x".repeat(200), null)).reasons())
                .anyMatch(reason -> reason.contains("128 characters or fewer"));
    }
}

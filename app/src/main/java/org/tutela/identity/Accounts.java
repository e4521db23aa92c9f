package org.tutela.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;

/** Sign-in accounts. Passwords are checked against the policy and stored only as Argon2 hashes. */
@Repository
public class Accounts {

    private static final String COLUMNS = """
            id, person_id, email, password_hash, totp_secret, mfa_enrolled_at, last_totp_step, active""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
    }

    /** Opens an account for a person; refuses a weak or common password with the reasons. */
    @Transactional
    public void open(PersonId person, String email, String password) {
        policy.check(password, email);
        openWithHash(person, email, passwords.encode(password));
    }

    /** Opens an account with a password already hashed, as when many demo accounts share one password. */
    @Transactional
    public void openWithHash(PersonId person, String email, String passwordHash) {
        try {
            jdbc.sql("insert into account (id, person_id, email, password_hash) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), person.value(), email.trim().toLowerCase(Locale.ROOT), passwordHash)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new IllegalArgumentException("This person or this email address already has a sign-in account");
        }
        audit.record("ACCOUNT_OPENED", "person", person, null, Outcome.ALLOWED, null);
    }

    void changePassword(UUID accountId, String newPassword) {
        var account = byId(accountId).orElseThrow();
        policy.check(newPassword, account.email());
        jdbc.sql("""
                update account set password_hash = ?, password_changed_at = now(), version = version + 1 where id = ?""")
                .params(passwords.encode(newPassword), accountId).update();
        audit.record("PASSWORD_CHANGED", "account", accountId, null, Outcome.ALLOWED, null);
    }

    public String hash(String password) {
        policy.check(password, null);
        return passwords.encode(password);
    }

    public boolean exists(PersonId person) {
        return jdbc.sql("select count(*) from account where person_id = ?").param(person.value())
                .query(Integer.class).single() > 0;
    }

    /** Enrols a known TOTP secret, as the demo does so that its documented secrets work. */
    @Transactional
    public void enrolMultiFactor(PersonId person, String encryptedSecret) {
        jdbc.sql("update account set totp_secret = ?, mfa_enrolled_at = now(), version = version + 1 where person_id = ?")
                .params(encryptedSecret, person.value()).update();
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account where lower(email) = ?")
                .param(email.trim().toLowerCase(Locale.ROOT)).query(Accounts::account).optional();
    }

    Optional<Account> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(Accounts::account).optional();
    }

    /** Whether the account and its person may still be signed in. */
    boolean stillActive(UUID accountId) {
        return jdbc.sql("""
                select a.active and p.active from account a join person p on p.id = a.person_id where a.id = ?""")
                .param(accountId).query(Boolean.class).optional().orElse(false);
    }

    void confirmEnrolment(UUID accountId, String encryptedSecret, long usedStep) {
        jdbc.sql("""
                update account set totp_secret = ?, mfa_enrolled_at = now(), last_totp_step = ?, version = version + 1
                where id = ? and mfa_enrolled_at is null""")
                .params(encryptedSecret, usedStep, accountId).update();
    }

    /** Marks a time step as used, atomically; false when it (or a later one) was used already, so codes are single-use. */
    boolean useStep(UUID accountId, long step) {
        return jdbc.sql("""
                update account set last_totp_step = ? where id = ? and (last_totp_step is null or last_totp_step < ?)""")
                .params(step, accountId, step).update() == 1;
    }

    @Transactional
    void close(PersonId person) {
        jdbc.sql("update account set active = false, version = version + 1 where person_id = ? and active")
                .param(person.value()).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        var enrolled = rs.getTimestamp("mfa_enrolled_at");
        return new Account(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("email"), rs.getString("password_hash"), rs.getString("totp_secret"),
                enrolled == null ? null : enrolled.toInstant(), rs.getObject("last_totp_step", Long.class),
                rs.getBoolean("active"));
    }
}

package org.tutela.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.People;
import org.tutela.school.PersonId;

/**
 * Personal access tokens for the API. The secret is 256 random bits, prefixed {@code tut_} so that a leaked one is
 * easy to find in logs and repositories; only its SHA-256 is stored, which is enough for a secret this long.
 */
@Repository
class PersonalAccessTokens {

    static final String PREFIX = "tut_";
    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    private static final String COLUMNS = "id, name, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalAccessTokens(JdbcClient jdbc, Accounts accounts, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token and its secret, which the caller shows once. */
    record Issued(UUID id, String secret) {
    }

    /** Whose token this is, as the API filter needs them. */
    record Holder(UUID tokenId, UUID accountId, UUID personId) {
    }

    /**
     * A token the person asked for on their account page: named, ending on a day within a year, and, for roles that
     * must use two-step verification, only once they have set it up (a token is a way in that skips the second step).
     */
    @Transactional
    Issued create(UUID accountId, String name, LocalDate lastDay) {
        var account = accounts.byId(accountId).orElseThrow();
        var viewer = people.viewer(new PersonId(account.person())).orElseThrow();
        if (viewer.needsMultiFactor() && !account.enrolledInMultiFactor()) {
            throw new TokenRefused("Set up two-step verification before you create a token: your role needs it");
        }
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new TokenRefused("Give the token a name of up to 100 characters, e.g. \"MIS sync\"");
        }
        var today = LocalDate.now(clock.withZone(SCHOOL_TIME));
        if (lastDay == null || !lastDay.isAfter(today) || lastDay.isAfter(today.plusYears(1))) {
            throw new TokenRefused("Choose an expiry date after today and no more than a year away");
        }
        var issued = issue(accountId, name.trim(), lastDay.plusDays(1).atStartOfDay(SCHOOL_TIME).toInstant());
        audit.record("ACCESS_TOKEN_CREATED", "account", accountId, null, Outcome.ALLOWED,
                name.trim() + " (" + issued.id() + "), expires " + lastDay);
        return issued;
    }

    /** Stores a token without the checks of {@link #create}; for {@link #create} and for test fixtures. */
    Issued issue(UUID accountId, String name, Instant expiresAt) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into personal_access_token (id, account_id, name, secret_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, name, hash(secret), Timestamp.from(clock.instant()), Timestamp.from(expiresAt))
                .update();
        return new Issued(id, secret);
    }

    List<PersonalAccessToken> of(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from personal_access_token where account_id = ? order by created_at desc")
                .param(accountId).query(PersonalAccessTokens::token).list();
    }

    /** Revokes one of this account's tokens; false when it is not theirs or was revoked already. */
    @Transactional
    boolean revoke(UUID accountId, UUID tokenId) {
        var revoked = jdbc.sql("""
                update personal_access_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null""")
                .params(Timestamp.from(clock.instant()), tokenId, accountId).update() == 1;
        if (revoked) {
            audit.record("ACCESS_TOKEN_REVOKED", "account", accountId, null, Outcome.ALLOWED, tokenId.toString());
        }
        return revoked;
    }

    /**
     * Whose token this secret is, when it is unrevoked, unexpired, and its account and person are still active:
     * deactivating a person stops their tokens at once. Marks the token as used.
     */
    @Transactional
    Optional<Holder> holderOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var holder = jdbc.sql("""
                select t.id, a.id as account_id, a.person_id from personal_access_token t
                join account a on a.id = t.account_id join person p on p.id = a.person_id
                where t.secret_hash = ? and t.revoked_at is null and t.expires_at > ? and a.active and p.active""")
                .params(hash(secret), Timestamp.from(now))
                .query((rs, n) -> new Holder(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getObject("person_id", UUID.class)))
                .optional();
        holder.ifPresent(h -> jdbc.sql("update personal_access_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(now), h.tokenId()).update());
        return holder;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static PersonalAccessToken token(ResultSet rs, int row) throws SQLException {
        return new PersonalAccessToken(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.tutela.identity;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows repeated failures: a few tries per email address and per network address, refilled over minutes, so
 * guessing is slow and nobody is locked out for good. Unknown emails are counted exactly like known ones.
 */
@Component
class SignInThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();

    /** Seconds to wait before another try, or 0 when a try is allowed now. */
    long secondsToWait(String email, String address) {
        return Math.max(wait(emailBucket(email)), wait(addressBucket(address)));
    }

    void failed(String email, String address) {
        emailBucket(email).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    long secondsToWaitForCode(String accountId) {
        return wait(codeBucket(accountId));
    }

    void wrongCode(String accountId) {
        codeBucket(accountId).tryConsume(1);
    }

    private static long wait(Bucket bucket) {
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }

    private Bucket emailBucket(String email) {
        var key = "email:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
        return buckets.get(key, k -> bucket(5, Duration.ofMinutes(5)));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("ip:" + address, k -> bucket(30, Duration.ofMinutes(5)));
    }

    private Bucket codeBucket(String accountId) {
        return buckets.get("code:" + accountId, k -> bucket(5, Duration.ofMinutes(5)));
    }

    private static Bucket bucket(int tries, Duration refill) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(tries).refillGreedy(tries, refill).build())
                .build();
    }
}

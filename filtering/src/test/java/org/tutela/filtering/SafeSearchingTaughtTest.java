package org.tutela.filtering;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FILT-06: Years 5 and 6 reach general search engines, with safe search forced, only once they have been taught. */
class SafeSearchingTaughtTest {

    static final Instant LESSON = Instant.parse("2026-11-25T10:00:00Z");

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("www.google.com", Categories.SEARCH_ENGINES)
            .add("google.com", Categories.SEARCH_ENGINES)
            .build();

    FilterPolicy year5(boolean taught) {
        var group = new PolicyBundle.Group("ks2-upper", "Years 5 and 6", List.of("gambling"), false,
                List.of("swiggle.example"), List.of(), true, "STRICT", true, taught);
        return PolicyBundles.compile(new PolicyBundle(4, null, null, null, "ks2-upper", List.of(group), List.of(), null),
                lists);
    }

    @Test
    void untilSafeSearchingIsTaughtGeneralSearchEnginesAreBlockedAndTheChildSearchEngineIsNot() {
        var policy = year5(false);

        var google = policy.decide(GroupId.UPPER_KS2, "www.google.com", LESSON);

        assertThat(google.rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
        assertThat(google.category()).isEqualTo(Categories.SEARCH_ENGINES);
        assertThat(policy.decide(GroupId.UPPER_KS2, "swiggle.example", LESSON).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void onceTaughtTheGroupsNormalPolicyAppliesWithSafeSearchForced() {
        var google = year5(true).decide(GroupId.UPPER_KS2, "www.google.com", LESSON);

        assertThat(google.verdict()).isEqualTo(Verdict.SAFE_SEARCH);
        assertThat(google.safeHost()).isEqualTo("forcesafesearch.google.com");
    }

    @Test
    void aGroupThatNeedsNoTeachingFirstIsNotHeldBack() {
        var group = new PolicyBundle.Group("ks2-upper", "Years 5 and 6", List.of(), false, List.of(), List.of(), true,
                "STRICT");

        assertThat(group.toPolicy().generalSearchLocked()).isFalse();
    }
}

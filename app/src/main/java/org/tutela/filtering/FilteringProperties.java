package org.tutela.filtering;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bundleDirectory where the policy in force is written for the DNS resolver and Squid helper, one
 *                        {@code <school id>.json} each; nothing is written when unset
 * @param ut1             the squidGuard/UT1 list directory the enforcement points load
 * @param iwf             the IWF list file (licensed to members)
 * @param terrorism       the police-assessed terrorist content list file
 * @param decisionRetentionDays how long the decision log keeps a day (MON-10)
 * @param blockPageHosts the host names of the school's Tutela block page and reporting page, which a learner whose
 *                       access is suspended can still reach (PROC-BUL-07); the host of {@code tutela.base-url} when
 *                       unset
 */
@ConfigurationProperties("tutela.filtering")
record FilteringProperties(Path bundleDirectory, String ut1, String iwf, String terrorism,
        @org.springframework.boot.context.properties.bind.DefaultValue("90") int decisionRetentionDays,
        java.util.List<String> blockPageHosts) {
}

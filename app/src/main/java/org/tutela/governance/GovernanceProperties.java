package org.tutela.governance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param websiteTimeout how long the website health check waits to connect to a page, and again for its answer
 * @param websiteLargestPage the most of a page the check reads, in bytes; the rest is not looked at
 */
@ConfigurationProperties("tutela.governance")
record GovernanceProperties(@DefaultValue("10s") Duration websiteTimeout,
        @DefaultValue("2000000") int websiteLargestPage) {
}

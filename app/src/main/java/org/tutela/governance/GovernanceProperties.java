package org.tutela.governance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param websiteTimeout how long the website health check waits to connect to a page, and the most one fetch of a
 *        page may take in all, redirects and reading the page included
 * @param websiteLargestPage the most of a page the check reads, in bytes; the rest is not looked at
 * @param websiteAllowPrivateAddresses whether the check may fetch pages on loopback and private network addresses
 *        (off unless the school's website is on its own network, or for tests)
 * @param websiteMostPages the most pages one school may ask the check to fetch
 */
@ConfigurationProperties("tutela.governance")
record GovernanceProperties(@DefaultValue("10s") Duration websiteTimeout,
        @DefaultValue("2000000") int websiteLargestPage,
        @DefaultValue("false") boolean websiteAllowPrivateAddresses,
        @DefaultValue("20") int websiteMostPages) {
}

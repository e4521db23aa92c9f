package org.tutela.filtering;

public enum Verdict {
    ALLOW,
    BLOCK,
    /** Allowed only through the search engine's safe-search host (a DNS CNAME, or a rewritten URL). */
    SAFE_SEARCH
}

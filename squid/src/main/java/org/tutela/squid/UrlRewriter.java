package org.tutela.squid;

import java.util.List;

/**
 * Squid's {@code url_rewrite_program}: a blocked page is redirected to the block page, a search engine is rewritten
 * to its safe-search host, and anything allowed is left alone ({@code ERR}, "no change"). A CONNECT tunnel cannot be
 * redirected (browsers act on no answer to a CONNECT but 2xx), so a blocked tunnel is rewritten to the block server's
 * TLS port, as squidGuard does, and a search engine's tunnel to its safe-search host, as a DNS CNAME would send it.
 */
final class UrlRewriter implements HelperProtocol {

    private final RequestFormat format;
    private final RequestFilter filter;
    private final BlockPage blockPage;

    UrlRewriter(RequestFormat format, RequestFilter filter, BlockPage blockPage) {
        this.format = format;
        this.filter = filter;
        this.blockPage = blockPage;
    }

    @Override
    public HelperReply answer(List<String> fields) throws MalformedRequest {
        var request = format.read(fields);
        var target = RequestTarget.of(request.method(), request.url());
        var decision = filter.decide(request.client(), target);
        return switch (decision.verdict()) {
            case ALLOW -> HelperReply.err();
            case BLOCK -> (target.tunnel() && blockPage.tunnelsToBlockServer()
                    ? HelperReply.ok().with("rewrite-url", blockPage.tunnel())
                    : HelperReply.ok().with("status", "302").with("url", blockPage.urlFor(target, decision)))
                    .with("log", Reasons.forLog(decision));
            case SAFE_SEARCH -> HelperReply.ok().with("rewrite-url", target.withHost(decision.safeHost()))
                    .with("log", Reasons.forLog(decision));
        };
    }
}

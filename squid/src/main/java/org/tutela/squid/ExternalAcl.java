package org.tutela.squid;

import java.util.List;

/**
 * Squid's {@code external_acl_type}: {@code OK} when the request is allowed, {@code ERR} with the reason when it is
 * blocked: {@code message=} in words for the block page ({@code %o} in {@code deny_info}) and {@code log=} for the
 * access log ({@code %ea}). Safe search needs a rewrite, which an ACL cannot make: use the rewriter or Tutela's DNS.
 */
final class ExternalAcl implements HelperProtocol {

    private final RequestFormat format;
    private final RequestFilter filter;

    ExternalAcl(RequestFormat format, RequestFilter filter) {
        this.format = format;
        this.filter = filter;
    }

    @Override
    public HelperReply answer(List<String> fields) throws MalformedRequest {
        var request = format.read(fields);
        var target = RequestTarget.of(request.method(), request.url());
        var decision = filter.decide(request.client(), target);
        if (!decision.blocked()) {
            return HelperReply.ok();
        }
        return HelperReply.err().with("message", decision.explain()).with("log", Reasons.forLog(decision));
    }
}

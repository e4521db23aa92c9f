package org.tutela.squid;

import java.util.List;

/**
 * Where the URL, client address, user name and method sit among the fields Squid sends, read from the same format
 * string as squid.conf holds, so a network manager who changes one can paste it into the other. Codes the helper does
 * not use ({@code myip=%la}, say) are skipped.
 */
final class RequestFormat {

    /** Squid 5's default {@code url_rewrite_extras}; the URL itself always comes first. */
    static final String DEFAULT_REWRITE_EXTRAS = "%>a/%>A %un %>rm myip=%la myport=%lp";
    /** The FORMAT the README gives for {@code external_acl_type}. */
    static final String DEFAULT_EXTERNAL_ACL = "%SRC %un %>rm %URI";

    private static final int ABSENT = -1;

    private final int url;
    private final int client;
    private final int user;
    private final int method;
    /** External ACL fields are URL-escaped by Squid; a rewriter's URL is sent as it is. */
    private final boolean escaped;

    private RequestFormat(int url, int client, int user, int method, boolean escaped) {
        this.url = url;
        this.client = client;
        this.user = user;
        this.method = method;
        this.escaped = escaped;
    }

    /** For {@code url_rewrite_program}: the URL, then the fields of {@code url_rewrite_extras}. */
    static RequestFormat urlRewriter(String extras) {
        var codes = List.of(("%URI " + extras).trim().split("\\s+"));
        return of(codes, false);
    }

    /** For {@code external_acl_type}: the fields of its FORMAT, each URL-escaped. */
    static RequestFormat externalAcl(String format) {
        return of(List.of(format.trim().split("\\s+")), true);
    }

    private static RequestFormat of(List<String> codes, boolean escaped) {
        int url = ABSENT;
        int client = ABSENT;
        int user = ABSENT;
        int method = ABSENT;
        for (int i = 0; i < codes.size(); i++) {
            var code = codes.get(i);
            if (code.startsWith("%>a") || code.equals("%SRC")) {
                client = first(client, i);
            } else if (List.of("%un", "%ul", "%ue", "%ui", "%us", "%LOGIN", "%EXT_USER", "%IDENT").contains(code)) {
                user = first(user, i);
            } else if (List.of("%>rm", "%rm", "%METHOD").contains(code)) {
                method = first(method, i);
            } else if (List.of("%URI", "%ru", "%>ru").contains(code)) {
                url = first(url, i);
            }
        }
        if (url == ABSENT) {
            throw new IllegalArgumentException("the format must send the URL (%URI): " + String.join(" ", codes));
        }
        return new RequestFormat(url, client, user, method, escaped);
    }

    private static int first(int found, int index) {
        return found == ABSENT ? index : found;
    }

    ProxyRequest read(List<String> fields) throws MalformedRequest {
        var requested = field(fields, url);
        if (requested == null) {
            throw new MalformedRequest("no URL in the request");
        }
        var address = field(fields, client);
        if (address != null) {
            // "%>a/%>A" sends "address/fqdn"; an address never holds a slash.
            int slash = address.indexOf('/');
            address = slash < 0 ? address : address.substring(0, slash);
        }
        var name = field(fields, user);
        // Squid URL-escapes user names in every format, not only in external ACL requests.
        var userName = name == null ? null : PercentEncoding.asUtf8(escaped ? name : PercentEncoding.decode(name));
        return new ProxyRequest(new Client(address, userName), field(fields, method), requested);
    }

    /** A field's value, unescaped; null when the request has no such field or Squid sent "-" for "none". */
    private String field(List<String> fields, int index) {
        if (index == ABSENT || index >= fields.size()) {
            return null;
        }
        var value = escaped ? PercentEncoding.decode(fields.get(index)) : fields.get(index);
        return value.isEmpty() || value.equals("-") ? null : value;
    }
}

package org.tutela.dns;

import io.netty.handler.codec.dns.DnsRecordType;

/** A query type's mnemonic for the decision log: {@code A}, {@code AAAA}, …, or {@code TYPE65280} (RFC 3597). */
final class QueryTypes {

    private QueryTypes() {
    }

    static String name(int type) {
        var known = DnsRecordType.valueOf(type);
        // Netty names a type it does not know "UNKNOWN", whatever its number.
        return "UNKNOWN".equals(known.name()) ? "TYPE" + type : known.name();
    }
}

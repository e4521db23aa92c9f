package org.tutela.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * How a blocked name is answered: NXDOMAIN, or the block page's address (A for an A query, AAAA for AAAA when the
 * page has an IPv6 address, NODATA otherwise), with a short TTL so a change of policy reaches devices quickly.
 */
public final class BlockAnswer {

    public static final int DEFAULT_TTL = 60;

    private final byte[] pageV4;
    private final byte[] pageV6;
    private final int ttl;

    private BlockAnswer(byte[] pageV4, byte[] pageV6, int ttl) {
        if (ttl < 0) {
            throw new IllegalArgumentException("a TTL is not negative");
        }
        this.pageV4 = pageV4;
        this.pageV6 = pageV6;
        this.ttl = ttl;
    }

    public static BlockAnswer nxdomain(int ttl) {
        return new BlockAnswer(null, null, ttl);
    }

    /** Answers with the block page's addresses: one IPv4, optionally one IPv6. */
    public static BlockAnswer blockPage(List<InetAddress> addresses, int ttl) {
        byte[] v4 = null;
        byte[] v6 = null;
        for (var address : addresses) {
            if (address instanceof Inet4Address && v4 == null) {
                v4 = address.getAddress();
            } else if (address instanceof Inet6Address && v6 == null) {
                v6 = address.getAddress();
            } else {
                throw new IllegalArgumentException("one block page address per family: " + addresses);
            }
        }
        if (v4 == null && v6 == null) {
            throw new IllegalArgumentException("the block page needs an address");
        }
        return new BlockAnswer(v4, v6, ttl);
    }

    public boolean nxdomain() {
        return pageV4 == null && pageV6 == null;
    }

    public int ttl() {
        return ttl;
    }

    ByteBuf answer(ByteBufAllocator allocator, Question question, long policyVersion) {
        if (nxdomain()) {
            return Responses.negative(allocator, question, Responses.NXDOMAIN, ttl, policyVersion);
        }
        if (question.type() == Responses.TYPE_A && pageV4 != null) {
            return Responses.address(allocator, question, pageV4, ttl);
        }
        if (question.type() == Responses.TYPE_AAAA && pageV6 != null) {
            return Responses.address(allocator, question, pageV6, ttl);
        }
        return Responses.negative(allocator, question, Responses.NOERROR, ttl, policyVersion);
    }
}

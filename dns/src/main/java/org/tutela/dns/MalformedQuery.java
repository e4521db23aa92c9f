package org.tutela.dns;

import java.net.InetSocketAddress;

/** A query the codec could not read but whose ID could be: it is answered FORMERR. */
record MalformedQuery(int id, InetSocketAddress sender) {
}

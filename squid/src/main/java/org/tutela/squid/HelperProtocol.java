package org.tutela.squid;

import java.util.List;

/** How one kind of Squid helper answers a request, given its fields after the channel ID. */
interface HelperProtocol {

    HelperReply answer(List<String> fields) throws MalformedRequest;
}

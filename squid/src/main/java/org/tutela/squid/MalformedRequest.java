package org.tutela.squid;

/** A request line the helper cannot answer on its merits; Squid gets a BH answer with the reason. */
final class MalformedRequest extends Exception {

    MalformedRequest(String reason) {
        super(reason, null, false, false);
    }
}

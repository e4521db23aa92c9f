package org.tutela.squid;

/** Who is asking: the client's address as Squid saw it and its user name, either of which may be unknown (null). */
record Client(String address, String user) {
}

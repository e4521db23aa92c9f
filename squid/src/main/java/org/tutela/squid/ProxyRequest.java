package org.tutela.squid;

/** One request Squid asks about: who sent it, the method, and the URL (or {@code host:port} for a CONNECT). */
record ProxyRequest(Client client, String method, String url) {
}

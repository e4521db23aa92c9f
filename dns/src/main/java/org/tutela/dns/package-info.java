/** The DNS enforcement point: a filtering, forwarding and caching DNS resolver that asks the filtering engine about every name. */
package org.tutela.dns;

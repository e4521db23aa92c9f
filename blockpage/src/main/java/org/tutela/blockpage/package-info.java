/**
 * The block page interceptor: on the address the DNS resolver gives for blocked names, sends every HTTP request (and,
 * with a school CA, every HTTPS request) on to Tutela's block page, naming the site that was asked for.
 */
package org.tutela.blockpage;

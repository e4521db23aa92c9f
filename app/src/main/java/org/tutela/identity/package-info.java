/**
 * Signing in: accounts, passwords, two-step verification with TOTP, sessions that end when a person is deactivated,
 * and the security rules every page is served under.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-in")
package org.tutela.identity;

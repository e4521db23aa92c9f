/**
 * Each person's home page: what needs their attention, by the roles they hold.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.tutela.home;

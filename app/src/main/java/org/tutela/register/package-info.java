/**
 * Registers of the school's things: devices and who each is given to, so that a filtering decision logged for a
 * device's address names the person who had it at that moment.
 */
package org.tutela.register;

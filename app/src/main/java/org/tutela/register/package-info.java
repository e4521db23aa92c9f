/**
 * Registers of the school's things: devices and who each is given to, so that a filtering decision logged for a
 * device's address names the person who had it at that moment; and the technical controls (the IWF list,
 * filtering, firewall, anti-spam) with the dates they were verified, which the compliance dashboard reads.
 */
package org.tutela.register;

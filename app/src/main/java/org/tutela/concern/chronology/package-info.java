/**
 * A learner's chronology across every case that involves them, its export as a watermarked, text-only PDF pack, and
 * the record of their child-protection file sent to the next school and received there (issue 3, INC-08, ACC-14).
 */
package org.tutela.concern.chronology;

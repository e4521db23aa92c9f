/**
 * Need-to-know: the record classes R1–R8 and who may see what of them (REQUIREMENTS §1.2, ACC-01..ACC-09).
 */
@org.springframework.modulith.NamedInterface("access")
package org.tutela.school.access;

/**
 * Trusts, schools, the people in them and the roles they hold; and the need-to-know rules that say who may see what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schools and people")
package org.tutela.school;

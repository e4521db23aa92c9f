/** Squid's helper for Tutela: answers url_rewrite_program and external_acl_type requests from the filtering engine. */
package org.tutela.squid;

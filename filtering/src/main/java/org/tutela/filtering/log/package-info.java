/** The filtering decision log: what each enforcement point decided, queued without blocking for a writer to store. */
package org.tutela.filtering.log;

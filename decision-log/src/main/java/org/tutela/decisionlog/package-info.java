/** Writes the filtering decision log to PostgreSQL in batches, on its own thread, counting what it cannot write. */
package org.tutela.decisionlog;

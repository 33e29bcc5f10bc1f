/** The command line's failure messages, one class per message; not for consumers. */
package dev.floe.testing.traceability.cli.internal;

/** Views of a traceability matrix: the whole, one feature, one package, the gaps with where to close them. */
package dev.floe.testing.traceability.view.internal;

/**
 * What the benchmark fragments ({@code *.bench}, built by the Maven profile {@code bench}) share:
 * timing with the measuring thread's CPU time beside the wall clock, the machine's load, and the
 * report each prints and writes to {@code rapport.bench.out}. Never part of a product feature.
 */
package org.rapport.testing.bench;

/**
 * Measuring the screening index: the entries of the real lists, a synthetic registry of names with
 * skewed token frequencies, perturbed queries, the brute-force Jaro-Winkler baseline and the timing
 * helpers. Shared by the JMH benchmarks (module {@code bench}) and {@code armswatch bench screen};
 * nothing here is on the screening path.
 */
package org.armswatch.screen.bench;

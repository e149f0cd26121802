package org.armswatch.extract;

/**
 * One arc of a sentence's dependency tree (Universal Dependencies, as CoreNLP names them:
 * {@code nsubj}, {@code obj}, {@code obl:from}, {@code nmod:poss}, {@code aux} …).
 *
 * @param relation the relation's name
 * @param governor the index of the head token, -1 for the root
 * @param dependent the index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {}

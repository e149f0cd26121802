/**
 * Gazetteers for extracting arms-transfer evidence from news: states (every UN member and observer state, Taiwan,
 * Kosovo, the Soviet Union) with their names, capitals, demonyms and seats of government; office holders; agencies,
 * international bodies, think tanks and armed groups; weapon systems and generic item nouns with their item
 * category; and the titles that precede names. {@link org.armswatch.extract.gazetteer.Gazetteer} loads the bundled
 * TSV files and finds their forms in token sequences.
 */
package org.armswatch.extract.gazetteer;

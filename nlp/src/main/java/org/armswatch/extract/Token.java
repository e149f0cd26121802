package org.armswatch.extract;

/**
 * One token of an annotated sentence.
 *
 * @param index its position in the sentence, from 0
 * @param word the token as written
 * @param lemma its lemma, lower case for common words
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *     {@code COUNTRY}, {@code DATE}, {@code NUMBER} …), {@code O} for none
 * @param begin offset of its first character in the text
 * @param end offset after its last character in the text
 * @param normalized the normalised value of a date, time or number ("2019-04", "6000.0"), else null
 */
public record Token(
        int index, String word, String lemma, String pos, String ner, int begin, int end, String normalized) {
    /** Whether its part of speech is a verb of any form. */
    public boolean verb() {
        return pos.startsWith("VB");
    }

    /** Whether its part of speech is a noun of any kind, proper nouns included. */
    public boolean noun() {
        return pos.startsWith("NN");
    }
}

package org.armswatch.extract.eval;

/**
 * A denial, as the gold's {@code denier} and {@code denies}.
 *
 * @param denier who denies; required
 * @param denies what is denied, in free text (the gold writes e.g. {@code PRK->RUS arms sales}); required
 * @param evidence the phrase or sentence that carries it; required
 * @param optional a defensible reading that is neither rewarded nor penalised
 */
public record Denial(String denier, String denies, String evidence, boolean optional) {
    public Denial {
        Vocabulary.required("denier", denier);
        Vocabulary.required("denies", denies);
        Vocabulary.required("evidence", evidence);
    }
}

package org.armswatch.extract.eval;

/**
 * A designation or penalty.
 *
 * @param imposer who imposes it; required
 * @param target a name, or a description where the report gives no name; required
 * @param when ISO date, month or year, or null
 * @param basis the stated reason, or null
 * @param evidence the phrase or sentence that carries it; required
 * @param optional a defensible reading that is neither rewarded nor penalised
 */
public record Sanction(String imposer, String target, String when, String basis, String evidence, boolean optional) {
    public Sanction {
        Vocabulary.required("imposer", imposer);
        Vocabulary.required("target", target);
        Vocabulary.required("evidence", evidence);
    }
}

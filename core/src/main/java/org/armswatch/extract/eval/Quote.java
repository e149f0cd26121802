package org.armswatch.extract.eval;

/**
 * A quotation in quotation marks with its speaker. The gold gives {@code starts} (the first words);
 * predictions give {@code text} (the whole quotation) and optionally {@code starts}.
 *
 * @param speaker the person's or body's full canonical name; required
 * @param starts the first words of the quotation, or null
 * @param text the whole quotation, or null; at least one of {@code starts} and {@code text} is given
 */
public record Quote(String speaker, String starts, String text) {
    public Quote {
        Vocabulary.required("speaker", speaker);
        if ((starts == null || starts.isBlank()) && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("starts: missing (and no text)");
        }
    }

    /** The text a gold quote's {@code starts} is looked for in: {@code text}, else {@code starts}. */
    public String span() {
        return text != null && !text.isBlank() ? text : starts;
    }
}

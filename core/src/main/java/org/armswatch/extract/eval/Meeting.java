package org.armswatch.extract.eval;

import java.util.List;

/**
 * A visit, summit, reception or exchange of letters.
 *
 * @param participants people or parties, possibly empty
 * @param place where, or null
 * @param when ISO date, month or year, or null
 * @param status one of {@link Vocabulary#MEETING_STATUSES}
 * @param evidence the phrase or sentence that carries it; required
 * @param optional a defensible reading that is neither rewarded nor penalised
 */
public record Meeting(
        List<String> participants, String place, String when, String status, String evidence, boolean optional) {
    public Meeting {
        participants = List.copyOf(participants);
        Vocabulary.check("status", status, Vocabulary.MEETING_STATUSES);
        Vocabulary.required("evidence", evidence);
    }
}

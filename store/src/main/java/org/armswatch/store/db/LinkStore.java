package org.armswatch.store.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Analysts' judgements on links between actors and sanctions-list entries. A judgement on a pair
 * replaces the earlier one on that pair, in one statement.
 */
public final class LinkStore {
    private final Jdbi jdbi;

    LinkStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A judgement.
     *
     * @param actor the actor's id ({@code person:sergei-shoigu})
     * @param entry the list entry's id ({@code ofac:35173})
     * @param confirmed true when the link is confirmed, false when rejected
     * @param note the analyst's note, or null
     * @param at when it was made
     * @param by who made it
     */
    public record Judgement(String actor, String entry, boolean confirmed, String note, Instant at, String by) {}

    /** Stores a judgement in place of any earlier one on the same actor and entry. */
    public void judge(Judgement j) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM link_judgement WHERE actor_id = :actor AND entry_id = :entry")
                    .bind("actor", j.actor())
                    .bind("entry", j.entry())
                    .execute();
            h.createUpdate("INSERT INTO link_judgement (actor_id, entry_id, verdict, note, judged_at, judged_by)"
                            + " VALUES (:actor, :entry, :verdict, :note, :at, :by)")
                    .bind("actor", j.actor())
                    .bind("entry", j.entry())
                    .bind("verdict", j.confirmed() ? "confirmed" : "rejected")
                    .bind("note", j.note())
                    .bind("at", OffsetDateTime.ofInstant(j.at(), ZoneOffset.UTC))
                    .bind("by", j.by())
                    .execute();
        });
    }

    /** Every judgement, by actor and entry. */
    public List<Judgement> all() {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT actor_id, entry_id, verdict, note, judged_at, judged_by FROM link_judgement"
                                + " ORDER BY actor_id, entry_id")
                        .map((rs, ctx) -> new Judgement(
                                rs.getString("actor_id"),
                                rs.getString("entry_id"),
                                rs.getString("verdict").equals("confirmed"),
                                rs.getString("note"),
                                rs.getObject("judged_at", OffsetDateTime.class).toInstant(),
                                rs.getString("judged_by")))
                        .list());
    }
}

-- An analyst's judgement on a link between an actor of the reporting (state:, group: or person:
-- id, as analyze prints it) and a sanctions-list entry (source:id): confirmed or rejected, with a
-- note. One row per pair: a later judgement replaces the earlier. Every run of report and export
-- reads them, so they outlive re-analysis (actor ids come from what an actor resolves to).

CREATE TABLE link_judgement (
    actor_id        VARCHAR(300)   NOT NULL,
    entry_id        VARCHAR(300)   NOT NULL,
    verdict         VARCHAR(10)    NOT NULL,
    note            VARCHAR(4000),
    judged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    judged_by       VARCHAR(200)   NOT NULL,
    PRIMARY KEY (actor_id, entry_id),
    CONSTRAINT link_judgement_verdict CHECK (verdict IN ('confirmed', 'rejected'))
);

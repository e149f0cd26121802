-- What `analyze` read out of each article (transfers, meetings, sanctions, denials, quotations and
-- people, in the JSON schema of the gold annotations), one row per article: re-analysis replaces
-- the row in one transaction, so an article has its old results or its new ones, never a mix.

CREATE TABLE article_analysis (
    article_id      BIGINT         NOT NULL PRIMARY KEY REFERENCES article (id),
    analyzed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    engine          VARCHAR(100)   NOT NULL,
    annotations     VARCHAR(10000000) NOT NULL
);

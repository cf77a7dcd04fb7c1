-- Performance aids: shareable documents made from notes with a template.
-- The lists (source note ids, goal slugs, tags) are joined with the unit separator, CHAR(31).
CREATE TABLE aid (
    id            UUID PRIMARY KEY,
    type          CHARACTER VARYING(100) NOT NULL,
    title         CHARACTER VARYING(1000) NOT NULL,
    author        CHARACTER VARYING(200) NOT NULL,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    version       INTEGER NOT NULL,
    source_notes  CHARACTER VARYING(1000000) NOT NULL,
    goals         CHARACTER VARYING(100000) NOT NULL,
    tags          CHARACTER VARYING(100000) NOT NULL,
    body          CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX aid_by_updated ON aid(updated_at DESC);

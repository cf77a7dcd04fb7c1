-- Team libraries: where each is (a git remote or a shared folder, and for an HTTPS remote the file the
-- user keeps its token in: the file's path only, never the token), the version of each item the user
-- last looked at (so new and changed ones are marked), the user's own feedback on items, and the items
-- they adopted into this journal, with the version their copy holds and any newer one they chose to skip.
CREATE TABLE library (
    name       CHARACTER VARYING(40) PRIMARY KEY,
    location   CHARACTER VARYING(2000) NOT NULL,
    is_git     BOOLEAN NOT NULL,
    added_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    synced_at  TIMESTAMP(3) WITH TIME ZONE,
    token_file CHARACTER VARYING(2000)
);

CREATE TABLE library_seen (
    library  CHARACTER VARYING(40) NOT NULL REFERENCES library(name) ON DELETE CASCADE,
    item_id  UUID NOT NULL,
    version  INTEGER NOT NULL,
    PRIMARY KEY (library, item_id)
);

CREATE TABLE library_feedback (
    library     CHARACTER VARYING(40) NOT NULL REFERENCES library(name) ON DELETE CASCADE,
    item_id     UUID NOT NULL,
    used        BOOLEAN NOT NULL,
    helped      BOOLEAN NOT NULL,
    comment     CHARACTER VARYING(300) NOT NULL,
    updated_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (library, item_id)
);

-- The journal's copy has the item's id.
CREATE TABLE library_adoption (
    library       CHARACTER VARYING(40) NOT NULL REFERENCES library(name) ON DELETE CASCADE,
    item_id       UUID NOT NULL,
    version       INTEGER NOT NULL,
    kept_version  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (library, item_id)
);

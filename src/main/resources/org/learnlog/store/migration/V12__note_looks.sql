-- Learnlog schema, version 12: resurfacing. When a learning linked to a goal comes back for another look:
-- how many looks the user found it still useful, and the day it is due next (null: outdated, it stays away).
-- A note without a row is due a few days after its own day (model.LookSchedule).

CREATE TABLE note_look (
    note_id    UUID PRIMARY KEY REFERENCES note(id) ON DELETE CASCADE,
    looks      INTEGER NOT NULL,
    next_due   DATE,
    looked_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX note_look_by_due ON note_look(next_due);

-- Learnlog schema, version 11: the links between notes, kept on each save from the links in the body
-- ([label](note:<id>)), so a note's backlinks are one lookup. A link may name a note that is gone.

CREATE TABLE note_link (
    from_id  UUID NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    to_id    UUID NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX note_link_by_target ON note_link(to_id);

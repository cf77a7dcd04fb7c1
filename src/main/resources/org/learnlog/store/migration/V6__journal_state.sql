-- A counter of note writes, raised in the same transaction as each note save or delete. The search
-- index stores the count it has seen; a different count at start means the index missed a write.
CREATE TABLE journal_state (
    id           INT PRIMARY KEY,
    note_writes  BIGINT NOT NULL
);
INSERT INTO journal_state VALUES (1, 0);

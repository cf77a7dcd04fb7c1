-- A body of up to 8,192 characters is kept in the note's row, as short_body; a longer one stays a large
-- object in body. Each large object cost a 10,000-note import a fifth of its time (H2 writes it, copies
-- it and removes the copy), and nearly every note is short. A long body stays apart from the row, so
-- saving a note beside it never rewrites it. Bodies written before this stay in body: adding the
-- column is quick even for a big journal, and each note moves into its row at its next save.
ALTER TABLE note ADD COLUMN short_body CHARACTER VARYING(8192);
ALTER TABLE note ALTER COLUMN body SET NULL;
ALTER TABLE note ADD CONSTRAINT note_has_one_body CHECK ((short_body IS NULL) <> (body IS NULL));

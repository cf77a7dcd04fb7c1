-- The notes list (the app's and `learnlog list`) shows each note's date, title, kind and tags, never its
-- body. An index that holds all of them lets H2 read the list from the index alone instead of decoding
-- every row with its body; for that the tags are kept in the note's row too, as NoteRows writes them
-- (docs/decisions/0013).
-- Rewriting every row would otherwise keep each row's old copy for H2's 45 s of retention and grow the
-- file tenfold; the backup taken before a migration stands in for that retention meanwhile. Each step
-- can run again, should the migration stop half way.
SET RETENTION_TIME 0;
ALTER TABLE note ADD COLUMN IF NOT EXISTS tag_names CHARACTER VARYING(60000) NOT NULL DEFAULT '';
UPDATE note n SET tag_names = COALESCE((SELECT LISTAGG(t.name, CHAR(31)) WITHIN GROUP (ORDER BY t.name_key)
    FROM note_tag nt JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = n.id), '');
DROP INDEX IF EXISTS note_by_day;
CREATE INDEX IF NOT EXISTS note_list ON note(note_date DESC, updated_at DESC, id, title, kind, tag_names);
SET RETENTION_TIME 45000;

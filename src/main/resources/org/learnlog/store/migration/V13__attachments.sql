-- Learnlog schema, version 13: files pasted or dropped into notes (images, PDFs, anything), kept in the
-- journal itself so its encryption, backups and transactions cover them (docs/decisions/0018). Named by
-- their content: the same file attached twice is kept once. A note refers to one as attachment:<id>.

CREATE TABLE attachment (
    id          CHARACTER VARYING(64) PRIMARY KEY,
    name        CHARACTER VARYING(255) NOT NULL,
    media_type  CHARACTER VARYING(100) NOT NULL,
    size        BIGINT NOT NULL,
    content     BINARY LARGE OBJECT NOT NULL,
    added_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

-- Check-ins: dated measurements of a goal's metric, with the notes that are their evidence.
CREATE TABLE check_in (
    id          UUID PRIMARY KEY,
    goal_id     UUID NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    check_date  DATE NOT NULL,
    measured    DOUBLE PRECISION NOT NULL,
    comment     CHARACTER VARYING(2000) NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX check_in_by_goal ON check_in(goal_id, check_date);

CREATE TABLE check_in_evidence (
    check_in_id  UUID NOT NULL REFERENCES check_in(id) ON DELETE CASCADE,
    note_id      UUID NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    PRIMARY KEY (check_in_id, note_id)
);

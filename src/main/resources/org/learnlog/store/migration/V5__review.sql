-- Goal reviews: the answers to the three reflection questions, and the check-in made with them.
CREATE TABLE review (
    id           UUID PRIMARY KEY,
    goal_id      UUID NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    review_date  DATE NOT NULL,
    check_in_id  UUID REFERENCES check_in(id) ON DELETE SET NULL,
    moved        CHARACTER VARYING(10000) NOT NULL,
    obstacles    CHARACTER VARYING(10000) NOT NULL,
    next_try     CHARACTER VARYING(10000) NOT NULL,
    created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX review_by_goal ON review(goal_id, review_date);

-- The server's sweep looks every few seconds for submitted attempts whose feedback is due
-- (fed_at is null). Without this it would scan every finished attempt, practice ones included.
create index ix_quiz_attempt_unfed on quiz_attempt (fed_at, feedback_after);

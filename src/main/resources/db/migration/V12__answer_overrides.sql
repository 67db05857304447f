-- "I was right": a student may count a practice answer the grader refused as right; instructors
-- accept a typed form for everyone (past answers re-graded) or reject the claim. The grader's
-- reason stays with each answer, for the student's feedback and the instructors' review.
alter table attempt_item add column grade_note varchar(300);
alter table attempt_item add column override_status varchar(20);
alter table attempt_item add column overridden_at timestamp with time zone;
alter table attempt_item add constraint ck_attempt_item_override
    check (override_status in ('CLAIMED', 'ACCEPTED', 'REJECTED'));

-- A missed quiz answer pulls its card forward; the due date it had is kept, so that a re-grade to
-- right can put the card back where its last rating left it.
alter table card add column due_before_miss timestamp with time zone;

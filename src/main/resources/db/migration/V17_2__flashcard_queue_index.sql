-- The daily queue reads every due card of a learner for each card it shows. This index holds all it
-- reads, so H2 and PostgreSQL answer from the index alone; it starts with (user_id, due), so it also
-- serves everything the old index did, which it replaces.
create index ix_card_queue on card (user_id, due, question_id, state, stability, last_review);
drop index ix_card_user_due;

-- The flashcard queue counts the active questions (of the learner's documents) without reading their rows.
-- The index starts with status, so it replaces the index on status alone.
create index ix_question_status_document on question (status, document_id, id);
drop index ix_question_status;

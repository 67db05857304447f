-- Drafts (imported from GIFT, or written in the app) may lack their document passage and kind
-- until an instructor links them; a question students can meet (ACTIVE) must have them.
alter table question alter column document_id drop not null;
alter table question alter column quote drop not null;
alter table question alter column kind drop not null;
alter table question add constraint ck_question_active_complete
    check (status <> 'ACTIVE' or (document_id is not null and quote is not null and kind is not null));

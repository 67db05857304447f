-- Fair grading: a short-answer cause lists its key terms (each idea, with the terms that express
-- it); abbreviations and their full names (abbreviations.yaml) join the spellings of names as
-- forms that count as the same answer.
alter table question add column key_terms_json varchar(4000) not null default '[]';

alter table name_variant add column kind varchar(20) not null default 'SPELLING';
alter table name_variant alter column name set data type varchar(200);
alter table name_variant alter column group_key set data type varchar(200);
alter table name_variant add constraint ck_name_variant_kind check (kind in ('SPELLING', 'ABBREVIATION'));

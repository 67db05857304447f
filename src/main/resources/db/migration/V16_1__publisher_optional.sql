-- A document that names no publisher stores none (citations leave it out) instead of a placeholder.
alter table source_document alter column publisher drop not null;

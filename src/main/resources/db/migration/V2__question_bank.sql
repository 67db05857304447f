-- The question bank: source documents and the questions about them, synchronised from
-- question-bank/ at start-up by id. Questions are never deleted (retired instead), so every
-- learner's history keeps its question.
create table source_document (
    id          varchar(100)   primary key,
    title       varchar(400)   not null,
    author      varchar(200)   not null,
    publisher   varchar(200)   not null,
    published   varchar(10)    not null,
    url         varchar(1000),
    notes       varchar(2000),
    body        varchar(1000000) not null,
    updated_at  timestamp with time zone not null
);

create table question (
    id               varchar(120)  primary key,
    document_id      varchar(100)  not null references source_document (id),
    kind             varchar(20)   not null,
    format           varchar(20)   not null,
    prompt           varchar(2000) not null,
    answer           varchar(1000) not null,
    accept_json      varchar(8000) not null,
    distractors_json varchar(8000) not null,
    items_json       varchar(30000) not null,
    difficulty       integer       not null,
    tags_json        varchar(2000) not null,
    quote            varchar(8000) not null,
    explanation      varchar(4000),
    status           varchar(20)   not null,
    origin           varchar(20)   not null,
    content_hash     varchar(64)   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null default 0,
    constraint ck_question_status check (status in ('ACTIVE', 'RETIRED', 'DRAFT')),
    constraint ck_question_origin check (origin in ('BANK_FILE', 'APP')),
    constraint ck_question_difficulty check (difficulty between 1 and 3)
);
create index ix_question_document_kind on question (document_id, kind, status);
create index ix_question_status on question (status);

-- Spellings of one name across documents (Rahmon / Rakhmonov): answers in any count as the same.
create table name_variant (
    name       varchar(100) primary key,
    group_key  varchar(100) not null
);

-- Per-learner rollups for the Progress page, kept up to date in the transaction of each answer and
-- review, so the page reads hundreds of rows instead of a million. Backfilled from existing data.
create table daily_activity (
    user_id           bigint  not null references app_user (id),
    activity_day      date    not null,
    answers           integer not null,
    answers_right     integer not null,
    reviews           integer not null,
    reviews_recalled  integer not null,
    mature_reviews    integer not null,
    mature_recalled   integer not null,
    primary key (user_id, activity_day)
);

create table question_stats (
    user_id           bigint        not null references app_user (id),
    question_id       varchar(120)  not null,
    answers           integer       not null,
    answers_right     integer       not null,
    last_answered_at  timestamp with time zone not null,
    last_correct      boolean       not null,
    primary key (user_id, question_id)
);

insert into daily_activity (user_id, activity_day, answers, answers_right, reviews, reviews_recalled, mature_reviews, mature_recalled)
select user_id, d, sum(a), sum(ar), sum(r), sum(rr), sum(mr), sum(mrr) from (
    select q.user_id, cast(i.answered_at as date) as d, 1 as a, case when i.correct then 1 else 0 end as ar,
           0 as r, 0 as rr, 0 as mr, 0 as mrr
      from attempt_item i join quiz_attempt q on q.id = i.attempt_id where i.answered_at is not null
    union all
    select user_id, cast(reviewed_at as date), 0, 0, 1, case when rating > 1 then 1 else 0 end,
           case when elapsed_days >= 21 then 1 else 0 end,
           case when elapsed_days >= 21 and rating > 1 then 1 else 0 end
      from review_log
) x group by user_id, d;

insert into question_stats (user_id, question_id, answers, answers_right, last_answered_at, last_correct)
select q.user_id, i.question_id, count(*), sum(case when i.correct then 1 else 0 end), max(i.answered_at), false
  from attempt_item i join quiz_attempt q on q.id = i.attempt_id where i.answered_at is not null
 group by q.user_id, i.question_id;

update question_stats set last_correct = coalesce((
    select i.correct from attempt_item i join quiz_attempt q on q.id = i.attempt_id
     where q.user_id = question_stats.user_id and i.question_id = question_stats.question_id
       and i.answered_at = question_stats.last_answered_at fetch first 1 rows only), false);

-- Sign-in throttling kept in the database, so that it holds across restarts and app instances:
-- failures per address and account, per address (one password sprayed over many accounts) and
-- per account (one account guessed from many addresses). Devices that signed in before carry a
-- token (its hash kept here) that lets their owner in while the account as a whole is locked.
create table sign_in_failures (
    subject       varchar(400) primary key,
    failures      integer not null,
    locked_until  timestamp with time zone,
    last_failure  timestamp with time zone not null
);

create table known_device (
    token_hash    varchar(64) primary key,
    user_id       bigint not null references app_user (id),
    created_at    timestamp with time zone not null,
    last_seen_at  timestamp with time zone not null
);
create index ix_known_device_user on known_device (user_id);

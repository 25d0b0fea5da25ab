-- Fixtures: who plays whom, where and when.
create table tournament (
    id          bigserial primary key,
    name        text not null unique,
    season      text,
    created_at  timestamptz not null default now()
);

create table team (
    id          bigserial primary key,
    name        text not null unique
);

create table player (
    id          bigserial primary key,
    name        text not null unique
);

-- The players a team may pick from in one tournament.
create table squad_member (
    tournament_id bigint not null references tournament (id) on delete cascade,
    team_id       bigint not null references team (id) on delete cascade,
    player_id     bigint not null references player (id) on delete cascade,
    primary key (tournament_id, team_id, player_id)
);

create table match (
    id            bigserial primary key,
    tournament_id bigint not null references tournament (id),
    home_team_id  bigint not null references team (id),
    away_team_id  bigint not null references team (id),
    venue         text not null,
    start_time    timestamptz not null,
    rules         jsonb,
    status        text not null default 'upcoming' check (status in ('upcoming', 'live', 'completed')),
    version       integer not null default 0,
    source_id     text unique,
    check (home_team_id <> away_team_id)
);
create index match_status on match (status, start_time);

-- The truth: one row per event, appended, never updated or deleted. The primary key makes a gap-free,
-- fork-free sequence: two writers building on the same seq cannot both insert it.
create table match_event (
    match_id    bigint not null references match (id),
    seq         integer not null check (seq >= 1),
    event_id    uuid not null unique,
    type        text not null,
    payload     jsonb not null,
    recorded_by bigint,
    recorded_at timestamptz not null default now(),
    primary key (match_id, seq)
);

-- Accounts.
create table app_user (
    id            bigserial primary key,
    username      text not null unique,
    password_hash text not null,
    role          text not null check (role in ('admin', 'scorer')),
    created_at    timestamptz not null default now()
);

-- Bearer tokens are stored as SHA-256 hashes, so a database dump gives no usable token.
create table auth_token (
    token_hash  bytea primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);

create table scorer_assignment (
    match_id bigint not null references match (id) on delete cascade,
    user_id  bigint not null references app_user (id) on delete cascade,
    primary key (match_id, user_id)
);

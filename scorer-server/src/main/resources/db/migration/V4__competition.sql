-- The competition (issue 16): a match's stage, a tournament's points, and a version for the tournament's cached
-- table and leaders.

-- Cricsheet's event.stage ("Final", "Qualifier 1", ...): null for a league (group) match, which the table counts.
alter table match add column stage text check (stage is null or length(stage) between 1 and 100);

-- Points for a win, a tie and a no result (a tie decided by a super over is a win and a loss).
alter table tournament
    add column points_win       integer not null default 2 check (points_win between 0 and 100),
    add column points_tie       integer not null default 1 check (points_tie between 0 and 100),
    add column points_no_result integer not null default 1 check (points_no_result between 0 and 100);

-- The table's version is the sum of its matches' versions plus this revision. Every ball raises the sum; a points
-- change, a match deleted, or a match moved in or out raises the revision, by the moved match's version and one more
-- when it leaves, so the sum never goes down and no cache keeps an older table over a newer one.
alter table tournament add column revision bigint not null default 0;

create function bump_tournament_revision() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_table_name = 'tournament' then
        new.revision := old.revision + 1;
        return new;
    end if;
    if tg_op = 'DELETE' then
        update tournament set revision = revision + old.version + 1 where id = old.tournament_id;
        return null;
    end if;
    if old.tournament_id <> new.tournament_id then
        update tournament set revision = revision + old.version + 1 where id = old.tournament_id;
        update tournament set revision = revision + 1 where id = new.tournament_id;
    elsif old.stage is distinct from new.stage then
        update tournament set revision = revision + 1 where id = new.tournament_id;
    end if;
    return null;
end;
$$;

create trigger tournament_points_changed
    before update of points_win, points_tie, points_no_result on tournament
    for each row execute function bump_tournament_revision();
create trigger match_moved
    after update of tournament_id, stage on match
    for each row execute function bump_tournament_revision();
create trigger match_deleted
    after delete on match
    for each row execute function bump_tournament_revision();

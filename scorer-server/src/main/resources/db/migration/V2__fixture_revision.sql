-- The cached list of live matches carries teams, tournament, venue and start time, and is versioned so that no
-- cache ever takes an older copy over a newer one. Its version was the sum of the matches' event seqs, which an
-- admin's edit of a fixture does not move, so an edit reached the cached list only with the next ball. This one-row
-- counter goes up with every edit of what the list shows (in the edit's own transaction, by trigger, whichever
-- code or person makes it), and the list's version adds it.
create table fixture_revision (
    only_row boolean primary key default true check (only_row),
    revision bigint not null
);
insert into fixture_revision (only_row, revision) values (true, 0);

create function bump_fixture_revision() returns trigger language plpgsql as $$
begin
    update fixture_revision set revision = revision + 1;
    return null;
end;
$$;

-- Only the columns the list shows: the scorer's writes set status and version and must not queue on this row.
create trigger match_fixture_edited
    after update of tournament_id, home_team_id, away_team_id, venue, start_time on match
    for each statement execute function bump_fixture_revision();
create trigger team_renamed after update of name on team
    for each statement execute function bump_fixture_revision();
create trigger tournament_edited after update of name, season on tournament
    for each statement execute function bump_fixture_revision();

-- The tournament's cached fixture list (its matches, teams, venues, start times and statuses) is versioned with its
-- table and leaders (V4: the sum of its matches' versions plus the revision). A ball moves the sum and a status
-- change comes with a ball; a match moved in or out or deleted moves the revision (V4). What moved neither was a
-- fixture added to the tournament, or an edit of what the list shows: those now raise the revision too, in the
-- edit's own transaction, so no cache keeps the list from before them under the same version.
create function bump_tournament_fixtures() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update tournament set revision = revision + 1 where id = new.tournament_id;
    elsif tg_table_name = 'team' then
        update tournament set revision = revision + 1
        where id in (select tournament_id from match where home_team_id = new.id or away_team_id = new.id);
    elsif (old.home_team_id, old.away_team_id, old.venue, old.start_time)
            is distinct from (new.home_team_id, new.away_team_id, new.venue, new.start_time) then
        update tournament set revision = revision + 1 where id = new.tournament_id;
    end if;
    return null;
end;
$$;

create trigger match_added_to_tournament
    after insert on match
    for each row execute function bump_tournament_fixtures();
create trigger match_fixture_shown_edited
    after update of home_team_id, away_team_id, venue, start_time on match
    for each row execute function bump_tournament_fixtures();
create trigger team_renamed_in_tournaments
    after update of name on team
    for each row when (old.name is distinct from new.name) execute function bump_tournament_fixtures();

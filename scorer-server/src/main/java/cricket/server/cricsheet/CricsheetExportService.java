package cricket.server.cricsheet;

import cricket.api.MatchSummary;
import cricket.api.StoredEvent;
import cricket.cricsheet.CricsheetWriter;
import cricket.cricsheet.MatchInfo;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.MatchState;
import cricket.server.domain.Conflict;
import cricket.server.fixture.FixtureService;
import cricket.server.scoring.EventService;
import java.time.ZoneOffset;
import java.util.List;

/** Writes a match's event log back out as a Cricsheet JSON file. */
public final class CricsheetExportService {
    private final FixtureService fixtures;
    private final EventService events;

    public CricsheetExportService(FixtureService fixtures, EventService events) {
        this.fixtures = fixtures;
        this.events = events;
    }

    public String export(long matchId) {
        MatchSummary match = fixtures.summary(matchId);
        List<MatchEvent> log =
                events.events(matchId, 0).stream().map(StoredEvent::event).toList();
        if (log.isEmpty() || !(log.get(0) instanceof MatchStarted started)) {
            throw new Conflict("match " + matchId + " has not started: there is nothing to export yet");
        }
        MatchState state = MatchState.replay(log);
        MatchInfo info = MatchInfo.of(
                        started.teams(),
                        started.rules(),
                        match.venue(),
                        List.of(match.startTime().atZone(ZoneOffset.UTC).toLocalDate()),
                        match.tournament(),
                        started.tossWinner(),
                        started.tossDecision(),
                        state.result().map(MatchInfo.Outcome::from).orElse(null))
                .withOfficials(fixtures.officials(matchId).toCricsheet());
        return CricsheetWriter.write(info, log);
    }
}

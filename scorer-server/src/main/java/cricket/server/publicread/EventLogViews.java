package cricket.server.publicread;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cricket.scoring.CommentaryEntry;
import cricket.scoring.MatchState;
import cricket.server.fixture.FixtureService;
import cricket.server.http.Json;
import cricket.server.scoring.MatchStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every public view from the event log through the engine: correct, uncached, the cache's fallback. */
public final class EventLogViews implements PublicViews {
    private final MatchStates states;
    private final FixtureService fixtures;
    private final Json json;

    public EventLogViews(MatchStates states, FixtureService fixtures, Json json) {
        this.states = states;
        this.fixtures = fixtures;
        this.json = json;
    }

    @Override
    public View live(long matchId) {
        MatchState state = load(matchId);
        return new View(live(matchId, state, json), state.seq());
    }

    @Override
    public View scorecard(long matchId) {
        MatchState state = load(matchId);
        return new View(scorecard(matchId, state, json), state.seq());
    }

    @Override
    public View commentary(long matchId, Integer before, int limit) {
        MatchState state = load(matchId);
        return new View(commentary(matchId, state, before, limit, json), state.seq());
    }

    @Override
    public View liveMatches() {
        return new View(json.write(fixtures.matches("live")), 0);
    }

    private MatchState load(long matchId) {
        fixtures.summary(matchId); // 404 for an unknown match
        return states.load(matchId);
    }

    /** The /live body: LiveScore plus matchId and version. Static so a cache can render the same bytes. */
    public static byte[] live(long matchId, MatchState state, Json json) {
        return json.write(new WithIds(matchId, state.seq(), state.liveScore()));
    }

    /** The /scorecard body: Scorecard plus matchId and version. */
    public static byte[] scorecard(long matchId, MatchState state, Json json) {
        return json.write(new WithIds(matchId, state.seq(), state.scorecard()));
    }

    /** A view's body: matchId and version first, then the view's own fields, serialised once (no tree between). */
    private record WithIds(
            long matchId, int version, @JsonUnwrapped Object view) {}

    /** One commentary page, newest first. */
    public static byte[] commentary(long matchId, MatchState state, Integer before, int limit, Json json) {
        List<CommentaryEntry> all = state.commentary();
        List<CommentaryEntry> page = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && page.size() < limit; i--) {
            if (before == null || all.get(i).seq() < before) {
                page.add(all.get(i));
            }
        }
        boolean more =
                !page.isEmpty() && all.get(0).seq() < page.get(page.size() - 1).seq();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matchId", matchId);
        body.put("version", state.seq());
        body.put("entries", page);
        body.put("nextBefore", more ? page.get(page.size() - 1).seq() : null);
        return json.write(body);
    }
}

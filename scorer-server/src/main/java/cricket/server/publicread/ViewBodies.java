package cricket.server.publicread;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cricket.api.MatchFacts;
import cricket.print.CardDetails;
import cricket.print.ScorecardPdf;
import cricket.scoring.CommentaryEntry;
import cricket.scoring.MatchCharts;
import cricket.scoring.MatchState;
import cricket.server.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The renderers {@link ViewKind} declares: the bytes of each public view, the same whoever renders them. */
public final class ViewBodies {
    private ViewBodies() {}

    /** The /live body: LiveScore plus matchId and version. */
    static byte[] live(long matchId, MatchState state, Json json) {
        return json.write(new WithIds(matchId, state.seq(), state.liveScore()));
    }

    /** The /scorecard body: Scorecard plus matchId and version. */
    static byte[] scorecard(long matchId, MatchState state, Json json) {
        return json.write(new WithIds(matchId, state.seq(), state.scorecard()));
    }

    /** The /charts body: MatchCharts plus matchId and version. */
    static byte[] charts(long matchId, MatchState state, Json json) {
        return json.write(new WithIds(matchId, state.seq(), MatchCharts.of(state)));
    }

    /** The printed scorecard with the fixture's facts, as the console prints it from the same state and facts. */
    static byte[] scorecardPdf(long matchId, MatchState state, MatchFacts facts, Json json) {
        return ScorecardPdf.render(state.scorecard(), CardDetails.of(state, facts));
    }

    /** A view's body: matchId and version first, then the view's own fields, serialised once (no tree between). */
    private record WithIds(
            long matchId, int version, @JsonUnwrapped Object view) {}

    static byte[] newestCommentary(long matchId, MatchState state, Json json) {
        return commentary(matchId, state, null, PublicViews.NEWEST_PAGE, json);
    }

    /** One commentary page, newest first: the {@link ViewKind.Paged} body of {@link ViewKind#COMMENTARY}. */
    static byte[] commentary(long matchId, MatchState state, Integer before, int limit, Json json) {
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

    static byte[] liveMatches(SiteListing site, Json json) {
        return json.write(site.live());
    }

    /** {@code {upcoming, results}}: the next fixtures by start, then the newest results first, each with its scores. */
    static byte[] fixturesAndResults(SiteListing site, Json json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upcoming", site.upcoming());
        body.put("results", site.results());
        return json.write(body);
    }
}

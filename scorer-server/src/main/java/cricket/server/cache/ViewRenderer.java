package cricket.server.cache;

import cricket.scoring.MatchState;
import cricket.server.http.Json;
import cricket.server.publicread.EventLogViews;
import cricket.server.publicread.PublicViews;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Renders a match's cached views once, with the same bytes {@link EventLogViews} would send, plus gzip. */
final class ViewRenderer {
    static final String LIVE = "live";
    static final String SCORECARD = "scorecard";
    static final String COMMENTARY = "commentary";
    static final String LIVE_MATCHES = "live-matches";

    private final Json json;

    ViewRenderer(Json json) {
        this.json = json;
    }

    Map<String, CachedView> render(long matchId, MatchState state) {
        Map<String, CachedView> views = new LinkedHashMap<>();
        views.put(LIVE, view(state.seq(), EventLogViews.live(matchId, state, json)));
        views.put(SCORECARD, view(state.seq(), EventLogViews.scorecard(matchId, state, json)));
        views.put(COMMENTARY, view(state.seq(), commentary(matchId, state, null, PublicViews.NEWEST_PAGE)));
        return views;
    }

    byte[] commentary(long matchId, MatchState state, Integer before, int limit) {
        return EventLogViews.commentary(matchId, state, before, limit, json);
    }

    CachedView list(int version, Object matches) {
        return view(version, json.write(matches));
    }

    static CachedView view(int version, byte[] body) {
        return new CachedView(version, body, gzip(body), System.nanoTime());
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip of an in-memory body failed", e);
        }
        return out.toByteArray();
    }
}

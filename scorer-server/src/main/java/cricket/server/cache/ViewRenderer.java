package cricket.server.cache;

import cricket.api.MatchFacts;
import cricket.scoring.MatchState;
import cricket.server.competition.Career;
import cricket.server.competition.Standings;
import cricket.server.http.Json;
import cricket.server.publicread.SiteListing;
import cricket.server.publicread.ViewKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Renders a subject's cached views once, through each {@link ViewKind}'s renderer, plus gzip. */
final class ViewRenderer {
    private final Json json;

    ViewRenderer(Json json) {
        this.json = json;
    }

    /** Every match view of {@code matchId} at the state's seq. */
    Map<ViewKind, CachedView> render(long matchId, MatchState state) {
        Map<ViewKind, CachedView> views = render(matchId, state, ViewKind.Render.BEFORE_REPLY);
        views.putAll(render(matchId, state, ViewKind.Render.AFTER_REPLY));
        return views;
    }

    /** The match views of {@code matchId} at the state's seq that are rendered at {@code when}. */
    Map<ViewKind, CachedView> render(long matchId, MatchState state, ViewKind.Render when) {
        Map<ViewKind, CachedView> views = new EnumMap<>(ViewKind.class);
        for (ViewKind kind : ViewKind.of(ViewKind.Scope.MATCH)) {
            if (kind.render() == when) {
                views.put(kind, view(state.seq(), kind.render(matchId, state, json), kind.media()));
            }
        }
        return views;
    }

    /**
     * One match view of {@code matchId} at the state's seq (a {@link ViewKind.Render#ON_READ} view, when read), with
     * the fixture's facts for a view that prints them (null for one that does not).
     */
    CachedView one(ViewKind kind, long matchId, MatchState state, MatchFacts facts) {
        return view(state.seq(), kind.render(matchId, state, facts, json), kind.media());
    }

    /** Every site view at the listing's version. */
    Map<ViewKind, CachedView> render(int version, SiteListing site) {
        Map<ViewKind, CachedView> views = new EnumMap<>(ViewKind.class);
        for (ViewKind kind : ViewKind.of(ViewKind.Scope.SITE)) {
            views.put(kind, view(version, kind.render(site, json), kind.media()));
        }
        return views;
    }

    /** Every tournament view at the standings' version. */
    Map<ViewKind, CachedView> render(long tournamentId, int version, Standings standings) {
        Map<ViewKind, CachedView> views = new EnumMap<>(ViewKind.class);
        for (ViewKind kind : ViewKind.of(ViewKind.Scope.TOURNAMENT)) {
            views.put(kind, view(version, kind.render(tournamentId, version, standings, json), kind.media()));
        }
        return views;
    }

    /** Every player view at the career's version. */
    Map<ViewKind, CachedView> render(long playerId, int version, Career career) {
        Map<ViewKind, CachedView> views = new EnumMap<>(ViewKind.class);
        for (ViewKind kind : ViewKind.of(ViewKind.Scope.PLAYER)) {
            views.put(kind, view(version, kind.render(playerId, version, career, json), kind.media()));
        }
        return views;
    }

    byte[] page(ViewKind kind, long matchId, MatchState state, Integer before, int limit) {
        return kind.renderPage(matchId, state, before, limit, json);
    }

    /** The body, and its gzip copy when the view's media is worth compressing (else no bytes: none to send). */
    static CachedView view(int version, byte[] body, ViewKind.Media media) {
        return new CachedView(version, body, media.gzipped() ? gzip(body) : CachedView.NO_GZIP, System.nanoTime());
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

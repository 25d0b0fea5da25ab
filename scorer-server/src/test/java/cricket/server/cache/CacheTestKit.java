package cricket.server.cache;

import cricket.cricsheet.CricsheetMatch;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.Counter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * What the cache's HTTP tests share: a match with an assigned scorer built over the API, balls posted from a real
 * Cricsheet match in order, raw-byte GETs (to see gzip as sent), and the app's counters.
 */
public final class CacheTestKit {
    static final CricsheetMatch SOURCE = DevMatches.read("1082591.json");
    private static final HttpClient RAW = HttpClient.newHttpClient();

    private CacheTestKit() {}

    /** A new match on {@code app} whose scorer is {@code scorerName} (created once per database by the caller). */
    public static long match(App app, String adminName, long scorerId) {
        Http admin = new Http(app);
        admin.login(adminName, TestServer.PASSWORD);
        return Fixtures.assignedMatch(admin, "T" + UUID.randomUUID(), scorerId);
    }

    /** Posts event number {@code seq} (1-based) of the source match; the reply's status tells what happened. */
    public static Http.Reply ball(App app, Http scorer, long matchId, int seq) {
        MatchEvent event = SOURCE.events().get(seq - 1);
        String eventJson = new String(app.services().json().write(event))
                .replaceFirst("^\\{", "{\"type\":\"" + event.typeName() + "\",");
        return scorer.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + (seq - 1) + ",\"event\":" + eventJson
                        + "}");
    }

    /** Posts events 1..{@code count}, failing loudly on any refusal. */
    public static void balls(App app, Http scorer, long matchId, int from, int to) {
        for (int seq = from; seq <= to; seq++) {
            Http.Reply r = ball(app, scorer, matchId, seq);
            if (r.status() != 201) {
                throw new IllegalStateException("event " + seq + " refused: " + r);
            }
        }
    }

    static List<MatchEvent> events(int count) {
        return SOURCE.events().subList(0, count);
    }

    public static double counter(App app, String name) {
        Counter c = app.services().registry().find(name).counter();
        return c == null ? 0 : c.count();
    }

    public static double dbQueries(App app) {
        return counter(app, "cricket_db_queries");
    }

    public static double reads(App app, String result) {
        Counter c = app.services()
                .registry()
                .find("cricket_cache_reads")
                .tag("result", result)
                .counter();
        return c == null ? 0 : c.count();
    }

    /**
     * Waits until the app's database counter has not moved for {@code quietMillis}: a write also refreshes the
     * live-matches list on a background thread, which must finish before a test counts queries.
     */
    public static double settledDbQueries(App app, long quietMillis) throws InterruptedException {
        double last = dbQueries(app);
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() - quietSince < quietMillis * 1_000_000) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("database counter never settled: " + last);
            }
            Thread.sleep(20);
            double now = dbQueries(app);
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
        return last;
    }

    /** A GET whose body is kept as the raw bytes sent (no decompression). */
    static HttpResponse<byte[]> raw(App app, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return RAW.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }

    /**
     * Waits (up to 10 s) until Redis holds {@code version} or newer of the match's view, which the app's writer thread
     * stores after the reply; returns the version last seen.
     */
    public static int awaitRedisVersion(long matchId, String kind, int version) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        int seen;
        while ((seen = redisVersion(matchId, kind)) < version && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return seen;
    }

    /** The version Redis holds for a match's view, or -1. */
    public static int redisVersion(long matchId, String kind) {
        try (StatefulRedisConnection<String, String> c = TestServer.redis().connect()) {
            String v = c.sync().hget("cricket:view:" + matchId + ":" + kind, "v");
            return v == null ? -1 : Integer.parseInt(v);
        }
    }
}

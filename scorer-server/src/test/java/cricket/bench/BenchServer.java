package cricket.bench;

import cricket.api.ImportResult;
import cricket.api.Role;
import cricket.api.User;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.embedded.LocalStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code BenchServer DIR [WRITE_EVERY_MS [WARM_UP_MATCHES]]}: embedded PostgreSQL and Redis with data under DIR, the
 * server on a free port of 127.0.0.1, and one live match (the first {@value #IMPORTED} events of the longest real
 * Test). Writes {@code DIR/server.env} (PORT, MATCH, WARM_UP_MATCHES, REDIS_PORT, POSTGRES_PORT, ADMIN_PASSWORD,
 * SCORER_PASSWORD) once it serves; more instances may serve on the same stores (PostgreSQL's user and password are
 * both postgres). {@code -Dbench.maxLiveStreams=N} raises this instance's cap on live streams. With WRITE_EVERY_MS above 0 a scorer posts the match's next ball over HTTP at that interval, as
 * at the ground. WARM_UP_MATCHES more copies of the match (default 0), also assigned to the scorer, are there for a
 * bench to score before it measures, so that it measures a server that has been busy for a while.
 */
public final class BenchServer {
    static final String TEST_MATCH = "1448352.json";
    static final int IMPORTED = 200;
    static final Path MATCHES = Path.of("..", "shared-dto", "src", "test", "resources", "cricsheet");

    private BenchServer() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int writeEveryMs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int warmUpMatches = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        LocalStores stores = LocalStores.start(dir.resolve("data"), !Boolean.getBoolean("bench.fast"), 16);
        // bench/fan-out holds more streams than the default cap on this instance.
        int maxLiveStreams =
                Integer.getInteger("bench.maxLiveStreams", ServerConfig.local().maxLiveStreams());
        App app = App.create(
                        ServerConfig.local()
                                .withBcryptCost(4)
                                .withMaxLiveStreams(maxLiveStreams)
                                .withMetricsToken(cricket.server.TestServer.METRICS_TOKEN),
                        stores.pool(),
                        stores.redis())
                .start();

        CricsheetMatch test = CricsheetReader.read(MATCHES.resolve(TEST_MATCH));
        ImportResult imported = app.services().cricsheetImport().importMatch(test, IMPORTED, "Bench");
        String adminPassword = app.services().accounts().randomPassword();
        String scorerPassword = app.services().accounts().randomPassword();
        app.services().accounts().createUser("admin", adminPassword, Role.ADMIN);
        User scorer = app.services().accounts().createUser("scorer", scorerPassword, Role.SCORER);
        app.services().fixtures().assignScorers(imported.matchId(), List.of(scorer.id()));
        List<Long> warmUp = new ArrayList<>();
        for (int i = 0; i < warmUpMatches; i++) {
            long copy = app.services()
                    .cricsheetImport()
                    .importMatch(test, IMPORTED, "Bench")
                    .matchId();
            app.services().fixtures().assignScorers(copy, List.of(scorer.id()));
            warmUp.add(copy);
        }

        Files.writeString(
                dir.resolve("server.env.tmp"),
                "PORT=" + app.port() + "\nMATCH=" + imported.matchId() + "\nWARM_UP_MATCHES="
                        + warmUp.stream().map(String::valueOf).collect(Collectors.joining(",")) + "\nREDIS_PORT="
                        + stores.services().redisPort()
                        + "\nPOSTGRES_PORT=" + stores.services().postgresPort()
                        + "\nADMIN_PASSWORD=" + adminPassword + "\nSCORER_PASSWORD=" + scorerPassword
                        + "\nMETRICS_TOKEN=" + cricket.server.TestServer.METRICS_TOKEN + "\n");
        Files.move(dir.resolve("server.env.tmp"), dir.resolve("server.env"));
        System.out.println("bench server: port " + app.port() + ", live match " + imported.matchId());

        if (writeEveryMs > 0) {
            Scorer writer = new Scorer(app.port(), imported.matchId(), test.events());
            writer.login("scorer", scorerPassword);
            Thread t = new Thread(() -> writer.postEvery(IMPORTED, writeEveryMs), "bench-scorer");
            t.setDaemon(true);
            t.start();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stores.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /**
     * OkHttp, the client the scorer console uses, so the benches measure what a scorer's ball goes through.
     */
    static final OkHttpClient HTTP = new OkHttpClient();

    private static final MediaType JSON = MediaType.get("application/json");

    /** A scorer over real HTTP: posts the match's events in order; a 409 (someone else scored) skips ahead. */
    static final class Scorer {
        private final String base;
        private final long matchId;
        private final List<MatchEvent> events;
        private final cricket.server.http.Json json = new cricket.server.http.Json();
        private String token;

        Scorer(int port, long matchId, List<MatchEvent> events) {
            this.base = "http://127.0.0.1:" + port;
            this.matchId = matchId;
            this.events = events;
        }

        /** The scorer of the bench's live match (the real Test), signed in as {@code scorer}. */
        static Scorer ofTestMatch(int port, long matchId, String password) throws IOException {
            Scorer scorer = new Scorer(
                    port,
                    matchId,
                    CricsheetReader.read(MATCHES.resolve(TEST_MATCH)).events());
            scorer.login("scorer", password);
            return scorer;
        }

        void login(String user, String password) throws IOException {
            String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
            Request login = new Request.Builder()
                    .url(base + "/api/v1/auth/login")
                    .post(RequestBody.create(body, JSON))
                    .build();
            try (Response r = HTTP.newCall(login).execute()) {
                String answer = r.body().string();
                if (r.code() != 200) {
                    throw new IllegalStateException("login as " + user + " failed: " + r.code() + " " + answer);
                }
                token = json.mapper().readTree(answer).get("token").asText();
            }
        }

        /** Posts event {@code seq} (1-based) with expectedSeq seq-1; returns the HTTP status. */
        int post(int seq) throws IOException {
            return post(body(seq));
        }

        /** The request body of event {@code seq} (1-based) with expectedSeq seq-1 and a new eventId. */
        String body(int seq) {
            MatchEvent event = events.get(seq - 1);
            String eventJson =
                    new String(json.write(event)).replaceFirst("^\\{", "{\"type\":\"" + event.typeName() + "\",");
            return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + (seq - 1) + ",\"event\":" + eventJson
                    + "}";
        }

        /** Posts a body made by {@link #body}; returns the HTTP status. */
        int post(String body) throws IOException {
            Request post = new Request.Builder()
                    .url(base + "/api/v1/matches/" + matchId + "/events")
                    .header("Authorization", "Bearer " + token)
                    .post(RequestBody.create(body, JSON))
                    .build();
            try (Response r = HTTP.newCall(post).execute()) {
                r.body().bytes();
                return r.code();
            }
        }

        int events() {
            return events.size();
        }

        void postEvery(int after, int everyMs) {
            int seq = after + 1;
            while (seq <= events.size()) {
                try {
                    int status = post(seq);
                    if (status != 201) {
                        System.err.println("bench scorer: ball " + seq + " answered " + status);
                    }
                    seq++;
                    Thread.sleep(everyMs);
                } catch (IOException e) {
                    System.err.println("bench scorer: ball " + seq + " failed: " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}

package cricket.bench.killserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import cricket.api.FixtureRequest;
import cricket.api.Role;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.BallBowled;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.Team;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.db.Database;
import cricket.server.embedded.EmbeddedServices;
import cricket.server.fixture.FixtureService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Starts {@code cricket serve} as a child JVM on a database the caller owns, streams event writes at it from a real
 * match, {@code kill -9}s it once {@code killAfter} writes were acknowledged (the writer keeps sending while it
 * dies), restarts it on the same database, and compares the acknowledged writes with the stored log.
 *
 * <p>Run it from bench/kill-server/run; {@link KillServerProofTest} runs a short one under {@code mvn verify}.
 */
public final class KillServerProof {
    static final String ADMIN = "killproof-admin";
    static final String PASSWORD = "killproof-password";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String databaseUrl;
    private final String redisUrl;
    private final Path logDir;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One acknowledged write: the server said 201 with this seq. */
    public record Ack(UUID eventId, int seq) {}

    /**
     * What the proof saw. {@code inFlight} is the write sent when the server died (its reply never came); after
     * the restart it is sent again with the same eventId, and {@code inFlightWasStored} says whether the server
     * had committed it before dying (200, the first result) or not (201, stored now).
     */
    public record Outcome(
            int acknowledged,
            int present,
            int lost,
            int duplicated,
            boolean gapFree,
            int storedAfterKill,
            Boolean inFlightWasStored) {
        public boolean ok() {
            return lost == 0 && duplicated == 0 && gapFree;
        }

        public String line() {
            return "acknowledged " + acknowledged + ", present " + present + ", lost " + lost + ", duplicated "
                    + duplicated + ", sequence " + (gapFree ? "gap-free" : "HAS GAPS") + " (1.." + storedAfterKill
                    + " stored when the server came back"
                    + (inFlightWasStored == null
                            ? ")"
                            : "; the write in flight at the kill had "
                                    + (inFlightWasStored ? "" : "not ") + "been committed, and its retry "
                                    + (inFlightWasStored ? "returned the first result)" : "stored it once)"));
        }
    }

    public KillServerProof(String databaseUrl, String redisUrl, Path logDir) {
        this.databaseUrl = databaseUrl;
        this.redisUrl = redisUrl;
        this.logDir = logDir;
    }

    /**
     * Creates the admin and a fixture through the services (no HTTP) between the sides the events name at the toss,
     * each with its squad (those players and any substitute who fielded while it bowled); returns the match id.
     */
    public static long prepare(DataSource pool, List<MatchEvent> events) {
        App setup = App.create(ServerConfig.local().withBcryptCost(4), pool, null);
        var services = setup.services();
        if (services.accounts().users().stream().noneMatch(u -> u.username().equals(ADMIN))) {
            services.accounts().createUser(ADMIN, PASSWORD, Role.ADMIN);
        }
        String tag = "Kill proof " + UUID.randomUUID().toString().substring(0, 8);
        long tournament = services.fixtures().createTournament(tag, null).id();
        List<Long> sides = new ArrayList<>();
        for (Map.Entry<String, Set<String>> squad : squads(events).entrySet()) {
            long team = namedId(services.fixtures(), "team", squad.getKey());
            List<Long> players = new ArrayList<>();
            for (String player : squad.getValue()) {
                players.add(namedId(services.fixtures(), "player", player));
            }
            services.fixtures().replaceSquad(tournament, team, players);
            sides.add(team);
        }
        return services.fixtures()
                .createMatch(
                        new FixtureRequest(tournament, sides.get(0), sides.get(1), "Kill Ground", Instant.now(), null))
                .id();
    }

    private static Map<String, Set<String>> squads(List<MatchEvent> events) {
        Map<String, Set<String>> squads = new LinkedHashMap<>();
        for (Team team : ((MatchStarted) events.get(0)).teams()) {
            squads.put(team.name(), new LinkedHashSet<>(team.players()));
        }
        for (MatchEvent event : events) {
            if (event instanceof BallBowled ball) {
                for (var dismissal : ball.delivery().dismissals()) {
                    for (var fielder : dismissal.fielders()) {
                        if (fielder.substitute() && fielder.name() != null) {
                            squads.values().stream()
                                    .filter(s -> s.contains(ball.delivery().bowler()))
                                    .forEach(s -> s.add(fielder.name()));
                        }
                    }
                }
            }
        }
        return squads;
    }

    /** A team or player by name, made when this database has none yet (a proof may run twice on one). */
    private static long namedId(FixtureService fixtures, String kind, String name) {
        return fixtures.allNamed(kind).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .map(t -> t.id())
                .orElseGet(() -> fixtures.createNamed(kind, name).id());
    }

    public Outcome run(long matchId, List<MatchEvent> events, int killAfter) throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Process server = startServer(port, "first");
        List<Ack> acks = new ArrayList<>();
        UUID[] inFlight = new UUID[1];
        int[] inFlightSeq = new int[1];
        try {
            awaitHealthy(base, server);
            String token = login(base);
            CountDownLatch enough = new CountDownLatch(1);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < events.size(); i++) {
                    UUID id = UUID.randomUUID();
                    synchronized (acks) {
                        inFlight[0] = id;
                        inFlightSeq[0] = i;
                    }
                    Integer seq = write(base, token, matchId, id, i, events.get(i));
                    if (seq == null) {
                        return; // the server is gone: this write's fate is unknown to the client
                    }
                    synchronized (acks) {
                        acks.add(new Ack(id, seq));
                        inFlight[0] = null;
                    }
                    if (acks.size() >= killAfter) {
                        enough.countDown();
                    }
                }
            });
            writer.start();
            if (!enough.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server acknowledged fewer than " + killAfter + " writes in 120 s");
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close of anything
            server.waitFor(10, TimeUnit.SECONDS);
            writer.join(30_000);
        } finally {
            server.destroyForcibly();
        }

        Process again = startServer(port, "restart");
        try {
            awaitHealthy(base, again);
            JsonNode log = get(base + "/api/v1/matches/" + matchId + "/events");
            int storedAfterKill = log.size();
            Boolean inFlightStored = null;
            if (inFlight[0] != null) {
                String token = login(base);
                Integer seq = write(base, token, matchId, inFlight[0], inFlightSeq[0], events.get(inFlightSeq[0]));
                inFlightStored = lastStatus == 200;
                if (seq == null || seq != inFlightSeq[0] + 1) {
                    throw new IllegalStateException("the retry of the in-flight write got " + lastStatus);
                }
                log = get(base + "/api/v1/matches/" + matchId + "/events");
            }
            return compare(acks, log, storedAfterKill, inFlightStored);
        } finally {
            again.destroyForcibly();
            again.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static Outcome compare(List<Ack> acks, JsonNode log, int storedAfterKill, Boolean inFlightStored) {
        Map<UUID, Integer> stored = new HashMap<>();
        int duplicated = 0;
        boolean gapFree = true;
        for (int i = 0; i < log.size(); i++) {
            JsonNode row = log.get(i);
            if (row.get("seq").asInt() != i + 1) {
                gapFree = false;
            }
            if (stored.put(
                            UUID.fromString(row.get("eventId").asText()),
                            row.get("seq").asInt())
                    != null) {
                duplicated++;
            }
        }
        int present = 0;
        for (Ack ack : acks) {
            Integer seq = stored.get(ack.eventId());
            if (seq != null && seq == ack.seq()) {
                present++;
            }
        }
        return new Outcome(
                acks.size(), present, acks.size() - present, duplicated, gapFree, storedAfterKill, inFlightStored);
    }

    // ---- the child server

    private Process startServer(int port, String name) throws IOException {
        Files.createDirectories(logDir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: the child starts in half the time on a busy machine.
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xshare:auto",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "cricket.server.Main",
                        "serve")
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("server-" + name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("DATABASE_URL", databaseUrl);
        env.put("REDIS_URL", redisUrl);
        env.put("HOST", "127.0.0.1");
        env.put("PORT", String.valueOf(port));
        env.put("BCRYPT_COST", "4");
        return pb.start();
    }

    private void awaitHealthy(String base, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue() + "; see " + logDir);
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server was not healthy within 60 s; see " + logDir);
    }

    // ---- HTTP

    private volatile int lastStatus;

    private String login(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                json(base + "/api/v1/auth/login", "{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return MAPPER.readTree(r.body()).get("token").asText();
    }

    /** The acknowledged seq, or null when the server did not answer (it died). A refusal is a bug: it throws. */
    private Integer write(String base, String token, long matchId, UUID id, int expectedSeq, MatchEvent event) {
        try {
            ObjectMapper eventMapper = new cricket.server.http.Json().mapper();
            com.fasterxml.jackson.databind.node.ObjectNode eventNode = eventMapper.valueToTree(event);
            com.fasterxml.jackson.databind.node.ObjectNode body = MAPPER.createObjectNode();
            body.put("eventId", id.toString());
            body.put("expectedSeq", expectedSeq);
            com.fasterxml.jackson.databind.node.ObjectNode typed = MAPPER.createObjectNode();
            typed.put("type", event.typeName());
            typed.setAll(eventNode);
            body.set("event", typed);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/matches/" + matchId + "/events"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)))
                    .build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastStatus = r.statusCode();
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new IllegalStateException(
                        "write " + expectedSeq + " refused: " + r.statusCode() + " " + r.body());
            }
            return MAPPER.readTree(r.body()).get("seq").asInt();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(r.body());
    }

    private static HttpRequest json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static List<MatchEvent> matchEvents(String resource) {
        try (InputStream in = KillServerProof.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return CricsheetReader.read(in, resource).events();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code KillServerProof [--kill-after N] [--data DIR]}: embedded PostgreSQL and Redis under DIR, then the proof;
     * prints "acknowledged N, present N, lost 0" and exits 1 on any loss, duplicate or gap.
     */
    public static void main(String[] args) throws Exception {
        int killAfter = Integer.parseInt(option(args, "--kill-after", "150"));
        Path data = Path.of(option(args, "--data", "target/kill-server")).toAbsolutePath();
        try (EmbeddedServices services = EmbeddedServices.start(data.resolve("db"));
                HikariDataSource pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", 4)) {
            Database.migrate(pool);
            List<MatchEvent> events = matchEvents("/demo/1082591.json");
            long matchId = prepare(pool, events);
            System.out.println("kill-server: streaming up to " + events.size() + " writes to match " + matchId
                    + ", kill -9 after " + killAfter + " acknowledged");
            String dbUrl = "postgres://postgres:postgres@127.0.0.1:" + services.postgresPort() + "/postgres";
            Outcome outcome = new KillServerProof(dbUrl, services.redisUrl(), data.resolve("logs"))
                    .run(matchId, events, killAfter);
            System.out.println(outcome.line());
            System.exit(outcome.ok() ? 0 : 1);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

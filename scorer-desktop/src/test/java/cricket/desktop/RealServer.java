package cricket.desktop;

import com.zaxxer.hikari.HikariDataSource;
import cricket.scoring.MatchRules;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.account.Role;
import cricket.server.account.User;
import cricket.server.db.Database;
import cricket.server.embedded.EmbeddedServices;
import cricket.server.fixture.FixtureRecords;
import cricket.server.fixture.FixtureService;
import io.lettuce.core.RedisClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server for end-to-end tests: embedded PostgreSQL and Redis (data inside target/), the app on a free port,
 * and a fixture assigned to a fresh scorer. Names carry a run id, so runs never collide in a reused database. One
 * instance serves every test class of the run ({@link #shared()}); each test takes its own scorer and match.
 */
final class RealServer implements AutoCloseable {
    static final String PASSWORD = "scorer-password-1";
    private static RealServer shared;

    private final EmbeddedServices services;
    private final HikariDataSource pool;
    private final RedisClient redis;
    private final String run = Long.toString(System.nanoTime(), 36);
    private int seeded;
    private boolean running;
    private App app;
    private int port;
    private long matchId;
    private String username;

    RealServer() {
        services = EmbeddedServices.start(Path.of("target", "embedded-e2e").toAbsolutePath());
        pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", 4);
        Database.migrate(pool);
        redis = services.redisClient();
        start(0);
        seed();
    }

    /** The one server of this test run, started on first use and stopped when the JVM exits. */
    static synchronized RealServer shared() {
        if (shared == null) {
            shared = new RealServer();
            RealServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "real-server-stop"));
        }
        return shared;
    }

    /** A new scorer with one new fixture assigned to them, so a test sees only its own match. */
    synchronized Scorer newScorer() {
        seed();
        return new Scorer(username, matchId);
    }

    /** A scorer's login and the one match assigned to them. */
    record Scorer(String username, long matchId) {}

    /** (Re)starts the HTTP server; port 0 picks a free one, a given port brings the same address back. */
    void start(int onPort) {
        app = App.create(ServerConfig.local().withBcryptCost(4).withPort(onPort), pool, redis)
                .start();
        port = app.port();
        running = true;
    }

    /** Whether the HTTP server is up (a test that stopped it must bring it back for the next one). */
    boolean running() {
        return running;
    }

    /** Stops the HTTP server only: the console sees the network gone; the database keeps everything. */
    void stop() {
        app.close();
        running = false;
    }

    private void seed() {
        String run = this.run + "-" + (++seeded);
        FixtureService fixtures = app.services().fixtures();
        User scorer = app.services().accounts().createUser("scorer-" + run, PASSWORD, Role.SCORER);
        username = scorer.username();
        FixtureRecords.Tournament cup = fixtures.createTournament("Console Cup " + run, "2026");
        long home = team(fixtures, cup.id(), "Lions " + run, "L", run);
        long away = team(fixtures, cup.id(), "Tigers " + run, "T", run);
        matchId = fixtures.createMatch(new FixtureRecords.FixtureRequest(
                        cup.id(), home, away, "The Oval", Instant.parse("2026-11-23T10:00:00Z"), MatchRules.t20()))
                .id();
        fixtures.assignScorers(matchId, List.of(scorer.id()));
    }

    private long team(FixtureService fixtures, long tournament, String name, String prefix, String run) {
        long teamId = fixtures.createNamed("team", name).id();
        List<Long> players = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            players.add(fixtures.createNamed("player", prefix + " Player" + i + " " + run)
                    .id());
        }
        fixtures.replaceSquad(tournament, teamId, players);
        return teamId;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    long matchId() {
        return matchId;
    }

    String username() {
        return username;
    }

    @Override
    public void close() {
        app.close();
        redis.shutdown();
        pool.close();
        services.close();
    }
}

package cricket.desktop;

import cricket.api.FixtureRequest;
import cricket.api.Officials;
import cricket.api.Role;
import cricket.api.Tournament;
import cricket.api.User;
import cricket.scoring.MatchRules;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.embedded.LocalStores;
import cricket.server.fixture.FixtureService;
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

    private final LocalStores stores;
    private final String run = Long.toString(System.nanoTime(), 36);
    private int seeded;
    private boolean running;
    private App app;
    private int port;

    RealServer() {
        this(Path.of("target", "embedded-e2e"));
    }

    /** A server on its own data folder (inside target/), e.g. an empty one where names need no run id. */
    RealServer(Path folder) {
        stores = LocalStores.start(folder.toAbsolutePath(), false, 4);
        start(0);
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
        String run = this.run + "-" + (++seeded);
        return newScorer(run, side("Lions " + run, "L", run), side("Tigers " + run, "T", run));
    }

    /** A new scorer with one new fixture, played under {@code rules}, assigned to them. */
    synchronized Scorer newScorer(MatchRules rules) {
        String run = this.run + "-" + (++seeded);
        return newScorer(run, side("Lions " + run, "L", run), side("Tigers " + run, "T", run), rules);
    }

    /**
     * A new scorer named after {@code run}, with a new fixture between the two sides, its four kinds of official
     * named, assigned to them.
     */
    synchronized Scorer newScorer(String run, Side home, Side away) {
        return newScorer(run, home, away, MatchRules.t20());
    }

    private Scorer newScorer(String run, Side home, Side away, MatchRules rules) {
        FixtureService fixtures = app.services().fixtures();
        User scorer = app.services().accounts().createUser("scorer-" + run, PASSWORD, Role.SCORER);
        Tournament cup = fixtures.createTournament("Console Cup " + run, "2026");
        long homeId = team(fixtures, cup.id(), home);
        long awayId = team(fixtures, cup.id(), away);
        Officials officials = new Officials(
                List.of("Umpire One " + run, "Umpire Two " + run),
                List.of("TV Umpire " + run),
                List.of("Reserve Umpire " + run),
                List.of("Referee " + run));
        long match = fixtures.createMatch(new FixtureRequest(
                        cup.id(), homeId, awayId, "The Oval", Instant.parse("2026-11-23T10:00:00Z"), rules, officials))
                .id();
        fixtures.assignScorers(match, List.of(scorer.id()));
        return new Scorer(scorer.username(), match, scorer.id());
    }

    /** A new admin (the password is {@link #PASSWORD}), for the admin's screens; returns the user name. */
    synchronized String newAdmin() {
        return newAdmin("admin-" + run + "-" + (++seeded));
    }

    /** A new admin called {@code username}, for a fresh database where a name needs no run id. */
    synchronized String newAdmin(String username) {
        return app.services()
                .accounts()
                .createUser(username, PASSWORD, Role.ADMIN)
                .username();
    }

    /** A name no earlier run of the reused database has: {@code prefix} and this run's id and counter. */
    synchronized String unique(String prefix) {
        return prefix + " " + run + "-" + (++seeded);
    }

    /** A side and its squad, in batting order. */
    record Side(String name, List<String> players) {}

    private static Side side(String name, String prefix, String run) {
        List<String> players = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            players.add(prefix + " Player" + i + " " + run);
        }
        return new Side(name, players);
    }

    /** A scorer's login and the one match assigned to them. */
    record Scorer(String username, long matchId, long userId) {}

    /** An admin's change of the match's scorers, straight through the service (also while HTTP is stopped). */
    void assigned(Scorer scorer, boolean assigned) {
        app.services().fixtures().assignScorers(scorer.matchId(), assigned ? List.of(scorer.userId()) : List.of());
    }

    /** (Re)starts the HTTP server; port 0 picks a free one, a given port brings the same address back. */
    void start(int onPort) {
        app = App.create(ServerConfig.local().withBcryptCost(4).withPort(onPort), stores.pool(), stores.redis())
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

    private long team(FixtureService fixtures, long tournament, Side side) {
        long teamId = fixtures.createNamed("team", side.name()).id();
        List<Long> players = new ArrayList<>();
        for (String player : side.players()) {
            players.add(fixtures.createNamed("player", player).id());
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

    @Override
    public void close() {
        app.close();
        stores.close();
    }
}

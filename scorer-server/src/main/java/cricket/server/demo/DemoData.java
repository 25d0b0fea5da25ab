package cricket.server.demo;

import cricket.api.FixtureRequest;
import cricket.api.ImportResult;
import cricket.api.MatchSummary;
import cricket.api.Role;
import cricket.api.User;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.MatchRules;
import cricket.server.App;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The demo tournament, from two real IPL 2017 matches in {@code resources/demo} (credited in its README): one
 * finished, one stopped part-way (in progress), and an upcoming fixture; plus an admin and a scorer whose random
 * passwords the caller prints once.
 */
public final class DemoData {
    static final String FINISHED = "1082591.json";
    static final String IN_PROGRESS = "1082628.json";

    private DemoData() {}

    /** The accounts made, name to password; empty when the database already held the demo. */
    public record Loaded(Map<String, String> logins, List<Long> matchIds) {}

    /** The database holds part of the demo: a first start stopped before it made the logins, its last step. */
    public static final class InterruptedLoadException extends RuntimeException {
        InterruptedLoadException() {
            super("the demo database holds matches but no admin: its first start was stopped while loading");
        }
    }

    /** @throws InterruptedLoadException when a first start was stopped part-way (the caller starts afresh) */
    public static Loaded load(App.Services services) {
        if (services.accounts().anyAdmin()) {
            return new Loaded(Map.of(), List.of());
        }
        if (!services.fixtureRepository().matches(null).isEmpty()) {
            throw new InterruptedLoadException();
        }
        CricsheetMatch finished = read(FINISHED);
        CricsheetMatch live = read(IN_PROGRESS);
        ImportResult done = services.cricsheetImport().importMatch(finished, Integer.MAX_VALUE, null);
        // Stop the second match in its second innings, so the demo has a chase going on.
        ImportResult inPlay =
                services.cricsheetImport().importMatch(live, live.events().size() * 3 / 4, null);
        MatchSummary base = services.fixtures().summary(done.matchId());
        MatchSummary upcoming = services.fixtures()
                .createMatch(new FixtureRequest(
                        base.tournamentId(),
                        base.homeTeamId(),
                        services.fixtures().summary(inPlay.matchId()).homeTeamId(),
                        base.venue(),
                        Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS),
                        MatchRules.t20()));

        String adminPassword = services.accounts().randomPassword();
        String scorerPassword = services.accounts().randomPassword();
        services.accounts().createUser("admin", adminPassword, Role.ADMIN);
        User scorer = services.accounts().createUser("scorer", scorerPassword, Role.SCORER);
        services.fixtures().assignScorers(inPlay.matchId(), List.of(scorer.id()));
        services.fixtures().assignScorers(upcoming.id(), List.of(scorer.id()));
        return new Loaded(
                Map.of("admin", adminPassword, "scorer", scorerPassword),
                List.of(done.matchId(), inPlay.matchId(), upcoming.id()));
    }

    private static CricsheetMatch read(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo match " + file + " is missing from the class path");
            }
            return CricsheetReader.read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read demo match " + file, e);
        }
    }
}

package cricket.server.cricsheet;

import cricket.api.FixtureRequest;
import cricket.api.ImportResult;
import cricket.api.Officials;
import cricket.cricsheet.CricsheetFormatException;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.cricsheet.CricsheetReplay;
import cricket.cricsheet.MatchInfo;
import cricket.scoring.BallBowled;
import cricket.scoring.Dismissal;
import cricket.scoring.Fielder;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.ScoringException;
import cricket.scoring.Team;
import cricket.server.db.Jdbc;
import cricket.server.domain.BadValue;
import cricket.server.domain.Text;
import cricket.server.fixture.FixtureRepository;
import cricket.server.scoring.EventService;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Cricsheet match into a fixture (tournament, teams, squads, match) and its whole event log, in one
 * transaction. A file already imported (same source id) is not imported twice.
 */
public final class CricsheetImportService {
    private static final Logger log = LoggerFactory.getLogger(CricsheetImportService.class);
    private static final String DEFAULT_TOURNAMENT = "Cricsheet imports";

    private final Jdbc jdbc;
    private final FixtureRepository fixtures;
    private final EventService events;
    private final CricsheetImportRepository rows;

    public CricsheetImportService(Jdbc jdbc, FixtureRepository fixtures, EventService events) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.events = events;
        this.rows = new CricsheetImportRepository(jdbc);
    }

    /**
     * Parses and imports a file sent over HTTP; a bad file is a 400 naming what is wrong. {@code name} is the file's
     * name as the admin gave it (its id, as for "1082591.json"), or null: then the file is known by a hash of its
     * bytes, so two different unnamed files never pass for one another and the same file sent twice is kept once.
     */
    public ImportResult importBytes(byte[] body, String name) {
        String fileName = name == null ? ImportChecks.contentName(body) : ImportChecks.fileName(name);
        ImportChecks.fileStrings(body);
        CricsheetMatch match;
        try {
            match = CricsheetReader.read(new ByteArrayInputStream(body), fileName);
        } catch (CricsheetFormatException | IllegalArgumentException e) {
            throw new BadValue("body", e.getMessage());
        }
        return importMatch(match, Integer.MAX_VALUE, null);
    }

    /**
     * Imports the first {@code eventLimit} events of the match (all of them with {@link Integer#MAX_VALUE}); the demo
     * uses fewer for its match in progress. {@code tournamentName} overrides the file's competition.
     */
    public ImportResult importMatch(CricsheetMatch match, int eventLimit, String tournamentName) {
        MatchInfo info = match.info();
        ImportChecks.strings(match);
        String title = info.teams().get(0).name() + " v " + info.teams().get(1).name();
        String source = eventLimit == Integer.MAX_VALUE ? match.sourceId() : null;
        if (source != null) {
            var existing = fixtures.matchWithSource(source);
            if (existing.isPresent()) {
                return new ImportResult(existing.get(), source, title, 0, true);
            }
        }
        List<MatchEvent> log =
                match.events().subList(0, Math.min(eventLimit, match.events().size()));
        try {
            record Written(long matchId, MatchState state) {}
            Written written = jdbc.inTransaction(() -> {
                String tournament =
                        Text.name(tournamentName == null ? tournamentName(info) : tournamentName, "info.event");
                long tournamentId = tournament(tournament, info, tournamentName == null);
                List<Long> teamIds = new ArrayList<>();
                for (Team team : info.teams()) {
                    long teamId = fixtures.namedId("team", team.name());
                    rows.addToSquad(
                            tournamentId,
                            teamId,
                            List.copyOf(rows.playerIds(team.players()).values()));
                    teamIds.add(teamId);
                }
                addSubstitutes(tournamentId, info.teams(), teamIds, match.events());
                long id = fixtures.insertMatch(
                        new FixtureRequest(
                                tournamentId,
                                teamIds.get(0),
                                teamIds.get(1),
                                venue(info),
                                start(info),
                                info.rules(),
                                Officials.fromCricsheet(info.officials())),
                        source);
                if (info.stage() != null) {
                    fixtures.setStage(id, Text.name(info.stage(), "info.event.stage"));
                }
                if (info.dates().size() > 1) {
                    fixtures.setLastDay(id, info.dates().get(info.dates().size() - 1));
                }
                return new Written(id, events.appendAll(id, log));
            });
            // Only now is the log committed: the cache renders the match's final views (and the live list).
            events.committed(written.matchId(), written.state());
            long matchId = written.matchId();
            CricsheetImportService.log.info(
                    "cricsheet imported matchId={} source={} events={}", matchId, match.sourceId(), log.size());
            return new ImportResult(matchId, match.sourceId(), title, log.size(), false);
        } catch (ScoringException e) {
            throw new BadValue("body", refusal(match, e));
        }
    }

    /**
     * A substitute named in a dismissal was a member of the fielding side's squad, though the file lists only the
     * playing side: added, so a scorer carrying on from a partial import may name them as the engine's file did.
     */
    private void addSubstitutes(long tournamentId, List<Team> teams, List<Long> teamIds, List<MatchEvent> events) {
        for (MatchEvent event : events) {
            if (!(event instanceof BallBowled ball)) {
                continue;
            }
            for (Dismissal dismissal : ball.delivery().dismissals()) {
                for (Fielder fielder : dismissal.fielders()) {
                    if (!fielder.substitute() || fielder.name() == null) {
                        continue;
                    }
                    for (int t = 0; t < teams.size(); t++) {
                        if (teams.get(t).players().contains(ball.delivery().bowler())) {
                            String name = Text.name(fielder.name(), "substitute fielder");
                            fixtures.addToSquad(tournamentId, teamIds.get(t), fixtures.namedId("player", name));
                        }
                    }
                }
            }
        }
    }

    /**
     * Where in the file the engine refused, as the command line says it ("1082591.json: innings 2, over 14.3: ..."):
     * replayed again only on this failure path, so a good file is folded once.
     */
    private static String refusal(CricsheetMatch match, ScoringException e) {
        String name = match.sourceId() == null ? "the file" : match.sourceId() + ".json";
        try {
            CricsheetReplay.replay(match, name);
        } catch (CricsheetFormatException located) {
            return located.getMessage();
        }
        return name + " does not replay through the engine: " + e.getMessage();
    }

    /**
     * The tournament the file names (its event and season), created the first time: one an admin already made
     * with the competition's name and that season is used as it is.
     */
    private long tournament(String name, MatchInfo info, boolean filesOwn) {
        Optional<Long> existing = filesOwn
                ? rows.tournament(info.competition(), info.season(), name)
                : fixtures.tournamentNamed(name).map(t -> t.id());
        return existing.orElseGet(
                () -> fixtures.insertTournament(name, info.season()).id());
    }

    private static String tournamentName(MatchInfo info) {
        if (info.competition() == null) {
            return DEFAULT_TOURNAMENT;
        }
        return info.season() == null || info.competition().contains(info.season())
                ? info.competition()
                : info.competition() + " " + info.season();
    }

    private static String venue(MatchInfo info) {
        if (info.venue() != null) {
            return info.venue();
        }
        return info.city() == null ? "Unknown venue" : info.city();
    }

    private static Instant start(MatchInfo info) {
        return info.dates().isEmpty()
                ? Instant.now()
                : info.dates().get(0).atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC);
    }
}

package cricket.server.competition;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.cricsheet.CricsheetReader;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.MatchState;
import cricket.scoring.MatchStatus;
import cricket.scoring.PlayerReplaced;
import cricket.scoring.Team;
import cricket.server.DevMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who the competition's figures count: substitutes the starting sides do not name, and not a match still being
 * played. {@code competition/substitutes.json} is the edge file {@code replacements.json} with the impact player
 * batting and the concussion substitute bowling; its figures are checked against {@link RawCricsheet}.
 */
class SubstitutesAndLiveMatchesTest {
    static final Path SUBSTITUTES = Path.of("src", "test", "resources", "competition", "substitutes.json");

    /**
     * The match as a console records it: the sides as they started, the substitutes only in the {@link
     * PlayerReplaced} events (the reader adds anyone the balls show to the sides, so they are taken out again).
     */
    static MatchState scoredLive() {
        List<MatchEvent> events =
                new ArrayList<>(CricsheetReader.read(SUBSTITUTES).events());
        Set<String> cameIn = events.stream()
                .filter(e -> e instanceof PlayerReplaced)
                .map(e -> ((PlayerReplaced) e).playerIn())
                .collect(Collectors.toSet());
        MatchStarted started = (MatchStarted) events.get(0);
        List<Team> sides = started.teams().stream()
                .map(t -> new Team(
                        t.name(),
                        t.players().stream().filter(p -> !cameIn.contains(p)).toList()))
                .toList();
        events.set(0, new MatchStarted(sides, started.tossWinner(), started.tossDecision(), started.rules()));
        MatchState state = MatchState.replay(events);
        assertThat(state.teams().stream().flatMap(t -> t.players().stream())).doesNotContainAnyElementsOf(cameIn);
        return state;
    }

    @Test
    void aSubstituteWhoBattedHasTheMatchInHisCareerWithTheRunsOfTheFile() {
        RawCricsheet raw = new RawCricsheet(SUBSTITUTES);
        RawCricsheet.Player expected = raw.players.get("B Batter12");
        assertThat(expected.runs).isPositive();

        Career career = Career.of("B Batter12", List.of(scoredLive()));

        assertThat(career.formats()).hasSize(1);
        assertThat(career.formats().get(0).matches()).isEqualTo(1);
        assertThat(career.formats().get(0).batting().runs()).isEqualTo(expected.runs);
        assertThat(career.formats().get(0).batting().balls()).isEqualTo(expected.balls);
    }

    @Test
    void aSubstituteWhoBowledHasTheMatchInHisCareerWithTheBallsOfTheFile() {
        RawCricsheet.Player expected = new RawCricsheet(SUBSTITUTES).players.get("A Batter12");
        assertThat(expected.legalBalls).isPositive();

        Career career = Career.of("A Batter12", List.of(scoredLive()));

        assertThat(career.formats()).hasSize(1);
        assertThat(career.formats().get(0).bowling().balls()).isEqualTo(expected.legalBalls);
        assertThat(career.formats().get(0).bowling().runs()).isEqualTo(expected.conceded);
    }

    @Test
    void substitutesLeadForTheSideTheyCameInFor() {
        Leaders leaders = Leaders.of(List.of(new PlayedMatch(1, null, scoredLive())));

        assertThat(leaders.runs())
                .filteredOn(r -> r.player().equals("B Batter12"))
                .singleElement()
                .satisfies(r -> assertThat(r.team()).isEqualTo("Beta"));
        assertThat(leaders.wickets())
                .filteredOn(w -> w.player().equals("A Batter12"))
                .singleElement()
                .satisfies(w -> assertThat(w.team()).isEqualTo("Alpha"));
    }

    @Test
    void aPlayerWhoNeitherStartedNorCameInHasNoCareerFromTheMatch() {
        assertThat(Career.of("Nobody Atall", List.of(scoredLive())).formats()).isEmpty();
    }

    /** The first half of a real match's events: a match in progress, its first innings' balls on the card. */
    static MatchState inProgress(Path file) {
        List<MatchEvent> events = CricsheetReader.read(file).events();
        MatchState state = MatchState.replay(events.subList(0, events.size() / 2));
        assertThat(state.status()).isEqualTo(MatchStatus.IN_PROGRESS);
        assertThat(state.scorecard().innings().get(0).runs()).isPositive();
        return state;
    }

    @Test
    void theLeadersAndTheTableLeaveOutAMatchStillBeingPlayed() {
        Path finished = DevMatches.DIR.resolve("1082591.json");
        Path live = DevMatches.DIR.resolve("1082628.json");
        PlayedMatch done = PointsTableTest.played(finished);
        PlayedMatch playing = new PlayedMatch(2, null, inProgress(live));

        Leaders withLive = Leaders.of(List.of(done, playing));
        Leaders without = Leaders.of(List.of(done));
        List<TableRow> tableWithLive = PointsTable.of(List.of(done, playing), Points.DEFAULT);

        assertThat(withLive).isEqualTo(without);
        assertThat(tableWithLive.stream().mapToInt(TableRow::played).sum()).isEqualTo(2);
        // Nobody of the match in progress has a career from it yet.
        String batter =
                playing.state().scorecard().innings().get(0).batting().get(0).name();
        assertThat(Career.of(batter, List.of(playing.state())).formats()).isEmpty();
    }
}

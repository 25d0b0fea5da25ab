package cricket.server.competition;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.server.DevMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Leaders and careers against each player's figures read from the raw files. */
class LeadersTest {
    static final List<Path> FILES = List.of(
            DevMatches.DIR.resolve("1082591.json"),
            DevMatches.DIR.resolve("1082628.json"),
            DevMatches.DIR.resolve("1187680.json"),
            DevMatches.DIR.resolve("1262757.json"),
            PointsTableTest.EDGE.resolve("retired-hurt-returns.json"),
            PointsTableTest.EDGE.resolve("absent-hurt.json"));

    @Test
    void everyBattersAndBowlersFiguresAreTheFilesOwn() {
        List<PlayedMatch> matches = new ArrayList<>();
        Map<String, RawCricsheet.Player> raw = new HashMap<>();
        for (Path file : FILES) {
            matches.add(PointsTableTest.played(file));
            RawCricsheet one = new RawCricsheet(file);
            // Keyed by player and side, as the leaders are: one name may play for a club and a country.
            one.players.forEach((name, p) -> raw.merge(name + "|" + one.teamOf(name), p, LeadersTest::sum));
        }
        Leaders leaders = Leaders.of(matches);

        assertThat(leaders.runs()).isNotEmpty();
        for (Leaders.RunsLeader r : leaders.runs()) {
            RawCricsheet.Player p = raw.get(r.player() + "|" + r.team());
            assertThat(r.figures().runs()).as(r.player()).isEqualTo(p.runs);
            assertThat(r.figures().balls()).as(r.player()).isEqualTo(p.balls);
            assertThat(r.figures().innings()).as(r.player()).isEqualTo(p.battingInnings);
            assertThat(r.figures().notOuts()).as(r.player()).isEqualTo(p.battingInnings - p.outs);
            assertThat(r.figures().average())
                    .as(r.player())
                    .isEqualTo(p.outs == 0 ? null : Math.round(p.runs * 100.0 / p.outs) / 100.0);
        }
        for (Leaders.WicketsLeader w : leaders.wickets()) {
            RawCricsheet.Player p = raw.get(w.player() + "|" + w.team());
            assertThat(w.figures().wickets()).as(w.player()).isEqualTo(p.wickets);
            assertThat(w.figures().runs()).as(w.player()).isEqualTo(p.conceded);
            assertThat(w.figures().balls()).as(w.player()).isEqualTo(p.legalBalls);
            assertThat(w.figures().innings()).as(w.player()).isEqualTo(p.bowlingInnings);
        }
        // Ordered: most runs first, most wickets first.
        for (int i = 1; i < leaders.runs().size(); i++) {
            assertThat(leaders.runs().get(i - 1).figures().runs())
                    .isGreaterThanOrEqualTo(leaders.runs().get(i).figures().runs());
        }
        for (int i = 1; i < leaders.wickets().size(); i++) {
            assertThat(leaders.wickets().get(i - 1).figures().wickets())
                    .isGreaterThanOrEqualTo(leaders.wickets().get(i).figures().wickets());
        }
    }

    @Test
    void aBatterWhoRetiredNotOutOrHurtIsNotOut() {
        Path file = PointsTableTest.EDGE.resolve("retired-hurt-returns.json");
        RawCricsheet raw = new RawCricsheet(file);
        Leaders leaders = Leaders.of(List.of(PointsTableTest.played(file)));
        List<String> retired = new ArrayList<>();
        raw.root
                .path("innings")
                .forEach(in -> in.path("overs")
                        .forEach(o -> o.path("deliveries")
                                .forEach(d -> d.path("wickets").forEach(w -> {
                                    if (w.path("kind").asText().startsWith("retired")
                                            && !w.path("kind").asText().equals("retired out")) {
                                        retired.add(w.path("player_out").asText());
                                    }
                                }))));
        assertThat(retired).isNotEmpty();
        for (String name : retired) {
            Leaders.RunsLeader line = leaders.runs().stream()
                    .filter(r -> r.player().equals(name))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.figures().notOuts())
                    .as(name)
                    .isEqualTo(raw.players.get(name).battingInnings - raw.players.get(name).outs);
            assertThat(line.figures().notOuts()).as(name).isPositive();
        }
    }

    @Test
    void aCareerAddsUpEachFormatApart() {
        List<cricket.scoring.MatchState> states = new ArrayList<>();
        Map<String, RawCricsheet.Player> raw = new HashMap<>();
        List<Path> twenty = List.of(DevMatches.DIR.resolve("1082591.json"), DevMatches.DIR.resolve("1082628.json"));
        for (Path file : twenty) {
            states.add(PointsTableTest.played(file).state());
            new RawCricsheet(file).players.forEach((name, p) -> raw.merge(name, p, LeadersTest::sum));
        }
        states.add(
                PointsTableTest.played(DevMatches.DIR.resolve("1262757.json")).state());
        // A player of both IPL matches: Royal Challengers Bangalore played both.
        String player = raw.entrySet().stream()
                .filter(e -> e.getValue().battingInnings == 2)
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
        Career career = Career.of(player, states);
        assertThat(career.formats()).extracting(Career.InFormat::format).containsExactly("20-over");
        Career.InFormat t20 = career.formats().get(0);
        assertThat(t20.matches()).isEqualTo(2);
        assertThat(t20.batting().runs()).isEqualTo(raw.get(player).runs);
        assertThat(t20.batting().balls()).isEqualTo(raw.get(player).balls);
    }

    static RawCricsheet.Player sum(RawCricsheet.Player a, RawCricsheet.Player b) {
        RawCricsheet.Player s = new RawCricsheet.Player();
        s.battingInnings = a.battingInnings + b.battingInnings;
        s.runs = a.runs + b.runs;
        s.balls = a.balls + b.balls;
        s.outs = a.outs + b.outs;
        s.bowlingInnings = a.bowlingInnings + b.bowlingInnings;
        s.legalBalls = a.legalBalls + b.legalBalls;
        s.conceded = a.conceded + b.conceded;
        s.wickets = a.wickets + b.wickets;
        return s;
    }
}

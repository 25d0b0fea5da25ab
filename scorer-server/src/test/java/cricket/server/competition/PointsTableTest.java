package cricket.server.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.MatchState;
import cricket.server.DevMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The points table's rules, each on a real match or an edge file, against figures read from the raw file. */
class PointsTableTest {
    static final Path EDGE = Path.of("..", "shared-dto", "src", "test", "resources", "cricsheet-edge");

    static Path dev(String name) {
        return DevMatches.DIR.resolve(name);
    }

    static PlayedMatch played(Path file, String stage) {
        CricsheetMatch match = CricsheetReader.read(file);
        return new PlayedMatch(1, stage, MatchState.replay(match.events()));
    }

    static PlayedMatch played(Path file) {
        return played(file, CricsheetReader.read(file).info().stage());
    }

    static Map<String, TableRow> table(Points points, PlayedMatch... matches) {
        return PointsTable.of(List.of(matches), points).stream()
                .collect(Collectors.toMap(TableRow::team, Function.identity()));
    }

    static double nrr(int runsFor, int ballsFaced, int runsAgainst, int ballsBowled, int bpo) {
        return runsFor / (ballsFaced / (double) bpo) - runsAgainst / (ballsBowled / (double) bpo);
    }

    @Nested
    class NetRunRate {
        @Test
        void aSideBowledOutIsChargedItsFullQuotaOfOvers() {
            Path file = dev("1082591.json");
            RawCricsheet raw = new RawCricsheet(file);
            RawCricsheet.Innings first = raw.innings.get(0);
            RawCricsheet.Innings second = raw.innings.get(1);
            assertThat(second.wickets()).isEqualTo(10);
            int quota = raw.overs() * raw.ballsPerOver();
            assertThat(second.legalBalls()).isLessThan(quota);

            Map<String, TableRow> rows = table(Points.DEFAULT, played(file));

            assertThat(rows.get(second.team()).netRunRate())
                    .isCloseTo(nrr(second.runs(), quota, first.runs(), first.legalBalls(), 6), within(0.0006));
            assertThat(rows.get(first.team()).netRunRate())
                    .isCloseTo(nrr(first.runs(), first.legalBalls(), second.runs(), quota, 6), within(0.0006));
        }

        @Test
        void aRevisedTargetCreditsTheSideBattingFirstWithTargetLessOneFromTheRevisedOvers() {
            Path file = dev("1262757.json");
            RawCricsheet raw = new RawCricsheet(file);
            RawCricsheet.Innings first = raw.innings.get(0);
            RawCricsheet.Innings second = raw.innings.get(1);
            int revisedBalls = PointsTable.balls(second.targetOvers(), 6);
            assertThat(revisedBalls).isLessThan(raw.overs() * 6);

            Map<String, TableRow> rows = table(Points.DEFAULT, played(file));

            int credited = second.targetRuns() - 1;
            assertThat(credited).isNotEqualTo(first.runs());
            assertThat(rows.get(first.team()).netRunRate())
                    .isCloseTo(nrr(credited, revisedBalls, second.runs(), second.legalBalls(), 6), within(0.0006));
            assertThat(rows.get(second.team()).netRunRate())
                    .isCloseTo(nrr(second.runs(), second.legalBalls(), credited, revisedBalls, 6), within(0.0006));
        }

        @Test
        void aTargetRevisedToPartOversCountsThoseBalls() {
            Path file = EDGE.resolve("dl-part-overs.json");
            RawCricsheet raw = new RawCricsheet(file);
            RawCricsheet.Innings first = raw.innings.get(0);
            RawCricsheet.Innings second = raw.innings.get(1);
            int revisedBalls = PointsTable.balls(second.targetOvers(), 6);
            assertThat(revisedBalls % 6).isNotZero();
            int secondBalls = second.wickets() == 10 ? revisedBalls : second.legalBalls();

            Map<String, TableRow> rows = table(Points.DEFAULT, played(file));

            assertThat(rows.get(first.team()).netRunRate())
                    .isCloseTo(
                            nrr(second.targetRuns() - 1, revisedBalls, second.runs(), secondBalls, 6), within(0.0006));
        }

        @Test
        void superOversNeverCountAndATieLevelsTheRates() {
            Map<String, TableRow> rows = table(Points.DEFAULT, played(dev("1187680.json")));
            RawCricsheet raw = new RawCricsheet(dev("1187680.json"));
            RawCricsheet.Innings first = raw.innings.get(0);
            double expected = nrr(first.runs(), 120, raw.innings.get(1).runs(), 120, 6);
            rows.values().forEach(r -> assertThat(r.netRunRate()).isCloseTo(expected, within(0.0006)));
        }
    }

    @Nested
    class Points_ {
        @Test
        void aTieDecidedByASuperOverIsAWinAndALoss() {
            Path file = dev("1187680.json");
            RawCricsheet raw = new RawCricsheet(file);
            String winner = raw.winner();
            assertThat(raw.result()).isEqualTo("tie");
            Map<String, TableRow> rows = table(Points.DEFAULT, played(file));
            TableRow won = rows.get(winner);
            TableRow lost = rows.values().stream()
                    .filter(r -> !r.team().equals(winner))
                    .findFirst()
                    .orElseThrow();
            assertThat(won.won()).isEqualTo(1);
            assertThat(won.tied()).isZero();
            assertThat(won.points()).isEqualTo(Points.DEFAULT.win());
            assertThat(lost.lost()).isEqualTo(1);
            assertThat(lost.points()).isZero();
        }

        @Test
        void aNoResultGivesEachSideItsPointsAndNoRunRate() {
            Points points = new Points(4, 2, 3);
            Map<String, TableRow> rows = table(points, played(EDGE.resolve("no-result.json")));
            assertThat(rows).hasSize(2);
            rows.values().forEach(r -> {
                assertThat(r.noResult()).isEqualTo(1);
                assertThat(r.played()).isEqualTo(1);
                assertThat(r.points()).isEqualTo(points.noResult());
                assertThat(r.netRunRate()).isNull();
            });
        }

        @Test
        void theTournamentsPointsForAWinAreUsed() {
            Points points = new Points(4, 2, 2);
            Path file = dev("1082591.json");
            Map<String, TableRow> rows = table(points, played(file));
            assertThat(rows.get(new RawCricsheet(file).winner()).points()).isEqualTo(4);
        }

        @Test
        void playoffsAreLeftOutOfTheTable() {
            Path file = dev("1521264.json");
            assertThat(new RawCricsheet(file).stage()).isNotNull();
            PlayedMatch finalMatch = played(file);
            assertThat(finalMatch.league()).isFalse();
            assertThat(PointsTable.of(List.of(finalMatch), Points.DEFAULT)).isEmpty();

            PlayedMatch league = played(dev("1082591.json"));
            List<TableRow> rows = PointsTable.of(List.of(league, finalMatch), Points.DEFAULT);
            assertThat(rows)
                    .extracting(TableRow::team)
                    .containsExactlyInAnyOrderElementsOf(new RawCricsheet(dev("1082591.json")).teams());
        }

        @Test
        void rowsGoByPointsThenNetRunRate() {
            List<PlayedMatch> matches = new ArrayList<>();
            for (String f : List.of("1082591.json", "1082628.json")) {
                matches.add(played(dev(f)));
            }
            List<TableRow> rows = PointsTable.of(matches, Points.DEFAULT);
            for (int i = 1; i < rows.size(); i++) {
                TableRow above = rows.get(i - 1);
                TableRow below = rows.get(i);
                assertThat(above.points()).isGreaterThanOrEqualTo(below.points());
                if (above.points() == below.points()) {
                    assertThat(above.netRunRate()).isGreaterThanOrEqualTo(below.netRunRate());
                }
            }
            assertThat(rows.get(0).points())
                    .isGreaterThan(rows.get(rows.size() - 1).points());
        }
    }
}

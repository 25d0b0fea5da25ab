package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.BattingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchCharts;
import cricket.scoring.MatchState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts' figures of each real match against the raw file: the runs and wickets of every over as the file lists
 * its overs, and partnerships whose stands add up to the team's score at each fall of wicket.
 */
class ChartsReplayTest {
    private static final Set<String> NOT_WICKETS = Set.of("retired hurt", "retired not out");

    private static MatchCharts charts(String file) {
        MatchState state = CricsheetReplayTest.replay(file).state();
        return MatchCharts.of(state);
    }

    /** An over as the file has it: its number (1-based), runs, and who fell in it. */
    record FileOver(int over, int runs, List<String> fell) {}

    private static List<List<FileOver>> fileOvers(String file) {
        List<List<FileOver>> innings = new ArrayList<>();
        for (JsonNode inning : FileExpectations.json(file).path("innings")) {
            List<FileOver> overs = new ArrayList<>();
            for (JsonNode over : inning.path("overs")) {
                int runs = 0;
                List<String> fell = new ArrayList<>();
                for (JsonNode d : over.path("deliveries")) {
                    runs += d.path("runs").path("total").asInt();
                    for (JsonNode w : d.path("wickets")) {
                        if (!NOT_WICKETS.contains(w.path("kind").asText())) {
                            fell.add(w.path("player_out").asText());
                        }
                    }
                }
                overs.add(new FileOver(over.path("over").asInt() + 1, runs, fell));
            }
            innings.add(overs);
        }
        return innings;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1082591.json",
                "1187680.json",
                "1262757.json",
                "1031659.json",
                "1082628.json",
                "1448352.json",
                "1521264.json"
            })
    void everyOverHasTheRunsAndWicketsOfTheFileAndTheWormEndsOnTheTotal(String file) {
        MatchCharts charts = charts(file);
        List<List<FileOver>> expected = fileOvers(file);
        List<InningsCard> cards =
                CricsheetReplayTest.replay(file).state().scorecard().innings();

        assertThat(charts.innings()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            MatchCharts.InningsChart chart = charts.innings().get(i);
            List<FileOver> got = chart.overs().stream()
                    .map(o -> new FileOver(
                            o.over(),
                            o.runs(),
                            o.wickets().stream().map(MatchCharts.Wicket::player).toList()))
                    .toList();
            assertThat(got).as("innings %d of %s", i + 1, file).isEqualTo(expected.get(i));
            int ballRuns = expected.get(i).stream().mapToInt(FileOver::runs).sum();
            if (!chart.overs().isEmpty()) {
                assertThat(chart.overs().get(chart.overs().size() - 1).total()).isEqualTo(ballRuns);
            }
            assertThat(chart.superOver()).isEqualTo(cards.get(i).superOver());
            assertThat(chart.battingTeam()).isEqualTo(cards.get(i).battingTeam());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1082591.json",
                "1187680.json",
                "1262757.json",
                "1031659.json",
                "1082628.json",
                "1448352.json",
                "1521264.json"
            })
    void partnershipsAddUpToTheScoreAtEachFallOfWicketAndToEachBattersInnings(String file) {
        MatchCharts charts = charts(file);
        List<InningsCard> cards =
                CricsheetReplayTest.replay(file).state().scorecard().innings();

        for (int i = 0; i < cards.size(); i++) {
            InningsCard card = cards.get(i);
            List<MatchCharts.Partnership> stands = charts.innings().get(i).partnerships();
            // The stands for one wicket (a retirement splits one) add up to the runs between two falls of wicket.
            Map<Integer, Integer> byWicket = new HashMap<>();
            stands.forEach(p -> byWicket.merge(p.wicket(), p.runs(), Integer::sum));
            int before = 0;
            for (var fow : card.fallOfWickets()) {
                if (fow.wicket() > byWicket.size()) {
                    break; // a batter retired out between balls: no stand ended on a ball
                }
                assertThat(byWicket.get(fow.wicket()))
                        .as("stand for wicket %d of innings %d in %s", fow.wicket(), i + 1, file)
                        .isEqualTo(fow.runs() - before);
                before = fow.runs();
            }
            long broken = stands.stream().filter(p -> !p.unbroken()).count();
            assertThat(broken).isLessThanOrEqualTo(card.wickets());

            Map<String, int[]> shares = new HashMap<>();
            for (MatchCharts.Partnership p : stands) {
                for (MatchCharts.Contribution c : List.of(p.first(), p.second())) {
                    int[] sum = shares.computeIfAbsent(c.name(), k -> new int[2]);
                    sum[0] += c.runs();
                    sum[1] += c.balls();
                }
            }
            for (BattingLine line : card.batting()) {
                if (line.balls() > 0) {
                    assertThat(shares.get(line.name()))
                            .as("%s in innings %d of %s", line.name(), i + 1, file)
                            .containsExactly(line.runs(), line.balls());
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theSuperOversOfATieAreChartedAfterTheMainInnings() {
        MatchCharts charts = charts("1187680.json");

        assertThat(charts.innings())
                .extracting(MatchCharts.InningsChart::superOver)
                .containsExactly(false, false, true, true);
        MatchCharts.InningsChart superOver = charts.innings().get(2);
        assertThat(superOver.overs()).hasSize(1);
        assertThat(superOver.overs().get(0).total()).isEqualTo(superOver.runs());
    }
}

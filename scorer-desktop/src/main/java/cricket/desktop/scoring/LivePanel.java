package cricket.desktop.scoring;

import cricket.scoring.CommentaryEntry;
import cricket.scoring.LiveScore;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.RecordedBall;
import cricket.scoring.ScorecardText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/** Beside the pad, always current: the live summary, and tabs for the scorecard, commentary and a Manhattan chart. */
final class LivePanel extends VBox {
    private final Label score = label("scoreLabel", 28, true);
    private final Label overs = label("oversLabel", 16, false);
    private final Label rates = label("rateLabel", 14, false);
    private final Label target = label("targetLabel", 14, true);
    private final Label striker = label("strikerLabel", 15, false);
    private final Label nonStriker = label("nonStrikerLabel", 15, false);
    private final Label bowler = label("bowlerLabel", 15, false);
    private final Label thisOver = label("thisOverLabel", 16, true);
    private final Label partnership = label("partnershipLabel", 14, false);
    private final Label lastWicket = label("lastWicketLabel", 13, false);
    private final Label summary = label("summaryLabel", 13, false);
    private final TextArea scorecard = new TextArea();
    private final ObservableList<String> commentary = FXCollections.observableArrayList();
    private final BarChart<String, Number> manhattan = new BarChart<>(new CategoryAxis(), new NumberAxis());

    LivePanel() {
        setId("livePanel");
        setSpacing(6);
        setPadding(new Insets(10));
        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(4);
        figures.addRow(0, striker, bowler);
        figures.addRow(1, nonStriker, partnership);
        scorecard.setId("scorecardText");
        scorecard.setEditable(false);
        scorecard.setFont(Font.font("Monospaced", 12));
        ListView<String> commentaryList = new ListView<>(commentary);
        commentaryList.setId("commentaryList");
        manhattan.setId("manhattanChart");
        manhattan.setTitle("Runs per over (red: wicket fell)");
        manhattan.setLegendVisible(false);
        manhattan.setAnimated(false);
        TabPane tabs = new TabPane(
                tab("Scorecard", scorecard), tab("Commentary", commentaryList), tab("Manhattan", manhattan));
        tabs.setId("liveTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren()
                .addAll(
                        score,
                        overs,
                        rates,
                        target,
                        figures,
                        new Label("This over"),
                        thisOver,
                        lastWicket,
                        summary,
                        tabs);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId(title.toLowerCase(Locale.ROOT) + "Tab");
        return tab;
    }

    private static Label label(String id, int size, boolean bold) {
        Label label = new Label();
        label.setId(id);
        label.setStyle("-fx-font-size: " + size + "px;" + (bold ? " -fx-font-weight: bold;" : ""));
        return label;
    }

    void show(MatchState state) {
        LiveScore live = state.liveScore();
        score.setText(
                (live.battingTeam() == null ? "" : live.battingTeam() + "  ") + live.runs() + "/" + live.wickets());
        Integer limit = state.rules().map(MatchRules::oversPerInnings).orElse(null);
        overs.setText("Overs " + live.overs() + (limit == null ? "" : " / " + limit)
                + (live.freeHit() ? "    FREE HIT" : ""));
        rates.setText("Run rate " + rate(live.currentRunRate())
                + (live.requiredRunRate() == null ? "" : "    Required " + rate(live.requiredRunRate())));
        target.setText(
                live.target() == null
                        ? ""
                        : "Target " + live.target().runs() + " — need " + live.runsNeeded()
                                + (live.ballsRemaining() == null ? "" : " off " + live.ballsRemaining() + " balls"));
        List<LiveScore.BatterFigures> batters = live.batters();
        striker.setText(batters.size() > 0 ? batter(batters.get(0)) : "");
        nonStriker.setText(batters.size() > 1 ? batter(batters.get(1)) : "");
        LiveScore.BowlerFigures b = live.bowler();
        bowler.setText(
                b == null ? "" : b.name() + "  " + b.overs() + "-" + b.maidens() + "-" + b.runs() + "-" + b.wickets());
        thisOver.setText(String.join("  ", live.thisOver()));
        partnership.setText(
                live.partnership() == null
                        ? ""
                        : "Partnership " + live.partnership().runs() + " ("
                                + live.partnership().balls() + ")");
        LiveScore.LastWicket w = live.lastWicket();
        lastWicket.setText(
                w == null
                        ? ""
                        : "Last wicket: " + w.name() + " " + w.dismissal() + " " + w.runs() + " (" + w.balls() + ") at "
                                + w.teamRuns() + ", " + w.overs() + " ov");
        summary.setText(live.result() != null ? live.result().text() : live.summary());
        // The engine's text card, as ./cricket scorecard --format text prints it (without the file's competition,
        // ground, dates, toss and player of the match, which a scored match does not carry).
        scorecard.setText(ScorecardText.render(
                state.scorecard(), state.rules().map(MatchRules::ballsPerOver).orElse(6), state.teams()));
        List<String> lines = new ArrayList<>();
        for (CommentaryEntry c : state.commentary()) {
            lines.add(0, (c.over() == null ? "" : c.over() + "  ") + c.text());
        }
        commentary.setAll(lines);
        chart(state);
    }

    private static String rate(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String batter(LiveScore.BatterFigures b) {
        return b.name() + (b.onStrike() ? "*" : "") + "  " + b.runs() + " (" + b.balls() + ")  4s " + b.fours()
                + "  6s " + b.sixes();
    }

    /** Runs per over of the current innings; an over in which a wicket fell is drawn red. */
    private void chart(MatchState state) {
        List<RecordedBall> balls = state.balls();
        int innings = balls.isEmpty() ? 0 : balls.get(balls.size() - 1).innings();
        Map<Integer, int[]> perOver = new LinkedHashMap<>();
        for (RecordedBall ball : balls) {
            if (ball.innings() != innings) {
                continue;
            }
            int[] runsAndWickets = perOver.computeIfAbsent(overIndex(ball.over()), k -> new int[2]);
            runsAndWickets[0] += ball.delivery().totalRuns();
            runsAndWickets[1] += (int) ball.delivery().dismissals().stream()
                    .filter(d -> d.kind().isWicket())
                    .count();
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        perOver.forEach((over, rw) -> series.getData().add(new XYChart.Data<>(Integer.toString(over + 1), rw[0])));
        manhattan.getData().setAll(List.of(series));
        int i = 0;
        for (int[] rw : perOver.values()) {
            XYChart.Data<String, Number> bar = series.getData().get(i++);
            if (bar.getNode() != null) {
                bar.getNode().setStyle("-fx-bar-fill: " + (rw[1] > 0 ? "#c0392b" : "#2f6f4f") + ";");
            }
        }
    }

    /** "14.3" is in the 15th over (index 14); a label ending in the last ball of an over is still that over. */
    static int overIndex(String label) {
        if (label == null || label.isBlank()) {
            return 0;
        }
        return Integer.parseInt(label.strip().split("\\.")[0]);
    }
}

package cricket.desktop.scoring;

import cricket.scoring.CommentaryEntry;
import cricket.scoring.LiveScore;
import cricket.scoring.MatchCharts;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Beside the pad, always current: the live summary, and tabs for the scorecard's tables, the commentary and the charts. */
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
    private final ScorecardTables scorecard = new ScorecardTables();
    private final ObservableList<String> commentary = FXCollections.observableArrayList();
    private final ChartsPane charts = new ChartsPane();

    LivePanel() {
        setId("livePanel");
        setSpacing(6);
        setPadding(new Insets(10));
        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(4);
        figures.addRow(0, striker, bowler);
        figures.addRow(1, nonStriker, partnership);
        ListView<String> commentaryList = new ListView<>(commentary);
        commentaryList.setId("commentaryList");
        TabPane tabs =
                new TabPane(tab("Scorecard", scorecard), tab("Commentary", commentaryList), tab("Charts", charts));
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
                + (live.day() == null ? "" : "    Day " + live.day())
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
        scorecard.show(
                state.scorecard(),
                state.teams(),
                state.rules().map(MatchRules::ballsPerOver).orElse(6));
        List<String> lines = new ArrayList<>();
        for (CommentaryEntry c : state.commentary()) {
            lines.add(0, (c.over() == null ? "" : c.over() + "  ") + c.text());
        }
        commentary.setAll(lines);
        charts.show(MatchCharts.of(state));
    }

    private static String rate(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String batter(LiveScore.BatterFigures b) {
        return b.name() + (b.onStrike() ? "*" : "") + "  " + b.runs() + " (" + b.balls() + ")  4s " + b.fours()
                + "  6s " + b.sixes();
    }
}

package cricket.desktop.scoring;

import cricket.scoring.MatchCharts;
import cricket.scoring.MatchCharts.InningsChart;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The charts tab, from the engine's {@link MatchCharts} (the same data as the fans' pages): the Manhattan of the
 * innings being played beside the worm of every innings, and that innings' partnerships underneath.
 */
final class ChartsPane extends GridPane {
    private final BarChart<String, Number> manhattan = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<Number, Number> worm = new LineChart<>(axis("Over"), axis("Runs"));
    private final BarChart<Number, String> partnerships = new BarChart<>(axis("Runs"), new CategoryAxis());

    ChartsPane() {
        setId("chartsPane");
        setHgap(8);
        setVgap(8);
        manhattan.setId("manhattanChart");
        manhattan.setTitle("Runs per over (red: a wicket fell)");
        manhattan.setLegendVisible(false);
        worm.setId("wormChart");
        worm.setTitle("Worm: the running total");
        worm.setCreateSymbols(false);
        partnerships.setId("partnershipsChart");
        partnerships.setTitle("Partnerships (this innings)");
        partnerships.setLegendVisible(false);
        for (XYChart<?, ?> chart : List.of(manhattan, worm, partnerships)) {
            chart.setAnimated(false);
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
        }
        add(manhattan, 0, 0);
        add(worm, 1, 0);
        add(partnerships, 0, 1, 2, 1);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        return axis;
    }

    void show(MatchCharts charts) {
        List<InningsChart> innings = charts.innings();
        InningsChart now = innings.isEmpty() ? null : innings.get(innings.size() - 1);
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        List<Boolean> fell = new ArrayList<>();
        if (now != null) {
            for (MatchCharts.Over over : now.overs()) {
                bars.getData().add(new XYChart.Data<>(Integer.toString(over.over()), over.runs()));
                fell.add(!over.wickets().isEmpty());
            }
        }
        manhattan.getData().setAll(List.of(bars));
        for (int i = 0; i < fell.size(); i++) {
            XYChart.Data<String, Number> bar = bars.getData().get(i);
            if (bar.getNode() != null) {
                bar.getNode().getStyleClass().add(fell.get(i) ? "bar-wicket" : "bar-runs");
            }
        }

        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        for (InningsChart in : innings) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName((in.superOver() ? "Super over: " : "") + in.battingTeam());
            line.getData().add(new XYChart.Data<>(0, 0));
            for (MatchCharts.Over over : in.overs()) {
                line.getData().add(new XYChart.Data<>(over.over(), over.total()));
            }
            lines.add(line);
        }
        worm.getData().setAll(lines);

        XYChart.Series<Number, String> stands = new XYChart.Series<>();
        if (now != null) {
            for (MatchCharts.Partnership p : now.partnerships()) {
                String who = p.wicket() + ": " + p.first().name() + " & "
                        + p.second().name() + (p.unbroken() ? " *" : "");
                stands.getData().add(new XYChart.Data<>(p.runs(), who));
            }
        }
        partnerships.getData().setAll(List.of(stands));
    }
}

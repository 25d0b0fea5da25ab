package cricket.desktop.scoring;

import atlantafx.base.theme.Styles;
import cricket.print.CardText;
import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.CloseOfPlay;
import cricket.scoring.InningsCard;
import cricket.scoring.Scorecard;
import cricket.scoring.ScorecardText;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The scorecard tab: for each innings, newest first, a batting table (with how each batter was out), the extras, the
 * total, who did not bat, the fall of wickets and a bowling table; above them, in a match played over days, each
 * day's close of play. Read from the engine's {@link Scorecard} after every event, so it is the card the server
 * publishes for the same events.
 */
final class ScorecardTables extends ScrollPane {
    private final VBox inningsBoxes = new VBox(18);
    private final Label result = new Label();
    private final VBox closeOfPlay = new VBox(2);
    private final VBox closeOfPlayDays = new VBox(2);
    private final List<InningsTables> shown = new ArrayList<>();
    private int ballsPerOver = 6;
    /** Fixed, so the table's height can be made to fit its rows (the dense theme's header is about this tall). */
    private static final double ROW_HEIGHT = 26;

    private static final double HEADER_HEIGHT = 36;

    ScorecardTables() {
        setId("scorecardTables");
        setFitToWidth(true);
        result.setId("cardResult");
        result.getStyleClass().add("scorecard-heading");
        result.managedProperty().bind(result.visibleProperty());
        Label closeOfPlayHeading = new Label("Close of play");
        closeOfPlayHeading.getStyleClass().add("scorecard-heading");
        closeOfPlay.setId("closeOfPlay");
        closeOfPlay.getChildren().addAll(closeOfPlayHeading, closeOfPlayDays);
        closeOfPlay.managedProperty().bind(closeOfPlay.visibleProperty());
        closeOfPlay.setVisible(false); // a one-day match never has one
        // On top, beside the result: the day's standing is read without scrolling past every innings.
        VBox content = new VBox(12, result, closeOfPlay, inningsBoxes);
        content.setPadding(new Insets(8));
        setContent(content);
    }

    void show(Scorecard card, List<Team> teams, int ballsPerOver) {
        this.ballsPerOver = ballsPerOver;
        result.setText(card.result() == null ? "" : card.result().text());
        result.setVisible(card.result() != null);
        showCloseOfPlay(card.closeOfPlay());
        List<InningsCard> innings = card.innings();
        while (shown.size() < innings.size()) {
            InningsTables tables = new InningsTables(shown.size() + 1);
            shown.add(tables);
            inningsBoxes.getChildren().add(0, tables); // the innings being played on top
        }
        while (shown.size() > innings.size()) { // an undo took an innings back
            inningsBoxes.getChildren().remove(shown.remove(shown.size() - 1));
        }
        for (int i = 0; i < innings.size(); i++) {
            InningsCard in = innings.get(i);
            shown.get(i).show(in, CardText.didNotBat(in, teams), CardText.didNotBatLabel(card, in));
        }
    }

    /** A line per stumps in the card's words ("Day 1: India 12/0 (2 ov)"), with the day in its id. */
    private void showCloseOfPlay(List<CloseOfPlay> closes) {
        List<Label> days = new ArrayList<>();
        for (CloseOfPlay close : closes) {
            Label day = new Label(ScorecardText.closeOfPlay(close));
            day.setId("closeOfPlayDay" + close.day());
            days.add(day);
        }
        closeOfPlayDays.getChildren().setAll(days);
        closeOfPlay.setVisible(!closes.isEmpty());
    }

    /** One innings' tables; ids carry the innings number ({@code #batting1}, {@code #bowling2}, ...). */
    private final class InningsTables extends VBox {
        private final Label heading = new Label();
        private final TableView<BattingLine> batting = new TableView<>();
        private final Label extras = new Label();
        private final Label total = new Label();
        private final Label yetToBat = new Label();
        private final Label falls = new Label();
        private final TableView<BowlingLine> bowling = new TableView<>();

        InningsTables(int number) {
            super(6);
            setId("innings" + number);
            heading.setId("inningsHeading" + number);
            heading.getStyleClass().add("scorecard-heading");
            batting.setId("batting" + number);
            extras.setId("extras" + number);
            total.setId("total" + number);
            total.setStyle("-fx-font-weight: bold;");
            yetToBat.setId("didNotBat" + number);
            yetToBat.setWrapText(true);
            falls.setId("fallOfWickets" + number);
            falls.setWrapText(true);
            bowling.setId("bowling" + number);
            batting.getColumns()
                    .setAll(List.of(
                            text("Batter", BattingLine::name, 140),
                            text("How out", BattingLine::dismissal, 210),
                            number("R", BattingLine::runs),
                            number("B", BattingLine::balls),
                            number("4s", BattingLine::fours),
                            number("6s", BattingLine::sixes),
                            text("SR", b -> CardText.strikeRate(b.runs(), b.balls()), 64)));
            bowling.getColumns()
                    .setAll(List.of(
                            text("Bowler", BowlingLine::name, 170),
                            text("O", BowlingLine::overs, 50),
                            number("M", BowlingLine::maidens),
                            number("R", BowlingLine::runs),
                            number("W", BowlingLine::wickets),
                            number("Wd", BowlingLine::wides),
                            number("Nb", BowlingLine::noballs),
                            text("Econ", b -> CardText.economy(b.runs(), b.legalBalls(), ballsPerOver), 64)));
            for (TableView<?> table : List.of(batting, bowling)) {
                table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
                table.getStyleClass().add(Styles.DENSE);
                table.setFixedCellSize(ROW_HEIGHT);
                table.setFocusTraversable(false); // the keys stay with the pad
                table.setPlaceholder(new Label("No ball bowled yet"));
            }
            getChildren().addAll(heading, batting, extras, total, yetToBat, falls, bowling);
        }

        void show(InningsCard in, List<String> didNotBat, String didNotBatLabel) {
            heading.setText(CardText.heading(in));
            batting.getItems().setAll(in.batting());
            bowling.getItems().setAll(in.bowling());
            fit(batting, in.batting().size());
            fit(bowling, in.bowling().size());
            String detail = CardText.extrasDetail(in.extras());
            extras.setText("Extras  " + in.extras().total() + (detail.isEmpty() ? "" : "  (" + detail + ")"));
            total.setText("Total  " + CardText.total(in) + "  " + CardText.oversNote(in));
            yetToBat.setText(didNotBat.isEmpty() ? "" : didNotBatLabel + String.join(", ", didNotBat));
            falls.setText(
                    in.fallOfWickets().isEmpty()
                            ? ""
                            : "Fall of wickets: " + CardText.fallOfWickets(in.fallOfWickets()));
        }

        /** Tall enough for every row, so the tab scrolls as one page and no table hides a batter. */
        private static void fit(TableView<?> table, int rows) {
            double height = HEADER_HEIGHT + ROW_HEIGHT * Math.max(rows, 1) + 2;
            table.setPrefHeight(height);
            table.setMinHeight(height);
            table.setMaxHeight(height);
        }
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        if (width <= 64) {
            column.setMinWidth(width); // a rate ("144.44") is never cut short
        }
        column.setSortable(false);
        return column;
    }

    private static <T> TableColumn<T, Number> number(String title, Function<T, Integer> value) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(44);
        column.setMinWidth(36);
        column.setSortable(false);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}

package cricket.desktop.scoring;

import cricket.scoring.MatchRules;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The pad's buttons, for the mouse or a touch screen; each shows its key. Big enough for a finger (console.css gives
 * them their height); a tap records at once, and the pad keeps the keyboard focus, so the keys go on working.
 */
final class PadPane extends VBox {
    PadPane(ScoringViewModel model, Consumer<Function<PromptForms, Node>> open) {
        setId("padPane");
        setSpacing(8);
        setFocusTraversable(true);
        GridPane runs = new GridPane();
        runs.setHgap(6);
        runs.setVgap(6);
        for (int r = 0; r <= 6; r++) {
            int value = r;
            String text = r == 4 ? "4 FOUR" : r == 6 ? "6 SIX" : Integer.toString(r);
            runs.add(button("run" + r, text, () -> model.runs(value, false)), r, 0);
        }
        runs.add(button("wideButton", "W wide", () -> model.setExtra(PadExtra.WIDE)), 0, 1, 2, 1);
        runs.add(button("noBallButton", "N no-ball", () -> model.setExtra(PadExtra.NO_BALL)), 2, 1, 2, 1);
        runs.add(button("byeButton", "B bye", () -> model.setExtra(PadExtra.BYE)), 4, 1);
        runs.add(button("legByeButton", "L leg-bye", () -> model.setExtra(PadExtra.LEG_BYE)), 5, 1, 2, 1);
        runs.add(button("wicketButton", "X WICKET", () -> open.accept(PromptForms::wicket)), 0, 2, 2, 1);
        runs.add(button("undoButton", "U undo", model::undo), 2, 2, 2, 1);
        runs.add(button("swapButton", "S swap", model::swapStrike), 4, 2);
        runs.add(button("bowlerChangeButton", "O bowler", () -> open.accept(f -> f.newBowler(true))), 5, 2, 2, 1);
        runs.add(button("penaltyButton", "P penalty", () -> open.accept(PromptForms::penalty)), 0, 3, 2, 1);
        runs.add(button("retireButton", "R retire", () -> open.accept(PromptForms::retire)), 2, 3, 2, 1);
        runs.add(button("endInningsButton", "E end inns", () -> open.accept(PromptForms::endInnings)), 4, 3);
        runs.add(button("targetButton", "T target", () -> open.accept(PromptForms::target)), 5, 3, 2, 1);
        Button stumps = button("stumpsButton", "D stumps", () -> {
            if (model.offersStumps()) {
                open.accept(PromptForms::stumps);
            }
        });
        runs.add(stumps, 0, 4, 2, 1);
        // Only a match played over days has stumps: a one-day match's pad does not offer them, nor keeps their row.
        stumps.managedProperty().bind(stumps.visibleProperty());
        Runnable days = () -> stumps.setVisible(
                model.state().rules().map(MatchRules::playedOverDays).orElse(false));
        model.stateProperty().addListener((o, was, now) -> days.run());
        days.run();
        Label extra = new Label();
        extra.setId("extraLabel");
        extra.getStyleClass().add("pad-extra");
        model.extraProperty().addListener((o, was, now) -> extra.setText(now == PadExtra.NONE ? "" : now.name()));
        Label swapped = new Label();
        swapped.setId("swapLabel");
        model.swappedProperty()
                .addListener((o, was, now) -> swapped.setText(now ? "Strike swapped for the next ball" : ""));
        getChildren().addAll(runs, extra, swapped);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(72);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("pad-button");
        if (id.equals("run4") || id.equals("run6")) {
            button.getStyleClass().add("boundary");
        } else if (id.equals("wicketButton")) {
            button.getStyleClass().add("wicket");
        }
        button.setFocusTraversable(false); // keys go to the pad, never to a focused button
        button.setOnAction(e -> action.run());
        return button;
    }
}

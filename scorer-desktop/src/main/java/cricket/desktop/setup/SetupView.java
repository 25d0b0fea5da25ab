package cricket.desktop.setup;

import cricket.api.MatchTeam;
import cricket.scoring.TossDecision;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The match setup form: toss, the two XIs (multi-select from each squad, first eleven preselected), rules. */
public final class SetupView extends VBox {
    public SetupView(SetupViewModel model) {
        setId("setupView");
        setSpacing(12);
        setPadding(new Insets(20));
        Label title = new Label("Match setup");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");

        List<String> names = model.teams().stream().map(MatchTeam::name).toList();
        ComboBox<String> toss = new ComboBox<>(FXCollections.observableArrayList(names));
        toss.setId("tossWinner");
        toss.valueProperty().bindBidirectional(model.tossWinnerProperty());
        ComboBox<TossDecision> decision = new ComboBox<>(FXCollections.observableArrayList(TossDecision.values()));
        decision.setId("tossDecision");
        decision.valueProperty().bindBidirectional(model.tossDecisionProperty());

        GridPane rules = new GridPane();
        rules.setHgap(10);
        rules.setVgap(8);
        rules.addRow(0, new Label("Toss won by"), toss, new Label("and chose to"), decision);
        rules.addRow(
                1,
                new Label("Overs per innings"),
                text("oversField", model),
                new Label("Balls per over"),
                bound("ballsPerOverField", model.ballsPerOverProperty()));
        rules.addRow(
                2,
                new Label("No-ball runs"),
                bound("noBallRunsField", model.noBallRunsProperty()),
                check("freeHitCheck", "Free hit after a no-ball", model.freeHitProperty()),
                check("superOverCheck", "Super over on a tie", model.superOverProperty()));

        HBox xis = new HBox(16);
        List<ListView<String>> lists =
                model.teams().stream().map(SetupView::squad).toList();
        for (int i = 0; i < lists.size(); i++) {
            lists.get(i).setId(i == 0 ? "firstXi" : "secondXi");
            xis.getChildren().add(new VBox(4, new Label(names.get(i) + " — playing XI (Ctrl-click)"), lists.get(i)));
        }

        Button start = new Button("Start match");
        start.setId("startMatchButton");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start(selected(lists, 0), selected(lists, 1)));
        Label error = new Label();
        error.setId("setupError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        getChildren().addAll(title, rules, xis, start, error);
    }

    private static ListView<String> squad(MatchTeam team) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(team.playerNames()));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectRange(0, Math.min(11, team.squad().size()));
        list.setPrefHeight(330);
        return list;
    }

    private static List<String> selected(List<ListView<String>> lists, int index) {
        return index < lists.size()
                ? List.copyOf(lists.get(index).getSelectionModel().getSelectedItems())
                : List.of();
    }

    private static TextField text(String id, SetupViewModel model) {
        return bound(id, model.oversProperty());
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField(property.get());
        field.setId(id);
        field.setPrefColumnCount(4);
        property.bindBidirectional(field.textProperty());
        return field;
    }

    private static CheckBox check(String id, String label, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setSelected(property.get());
        property.bindBidirectional(box.selectedProperty());
        return box;
    }
}

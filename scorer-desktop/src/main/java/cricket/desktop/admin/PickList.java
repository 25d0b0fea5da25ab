package cricket.desktop.admin;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Chooses some of many by keyboard: type to filter the ones not chosen, Down to their list, Enter adds the selected
 * one; in the chosen list Delete takes one out. Used for a squad's players and a match's scorers.
 */
final class PickList<T> extends HBox {
    private final ListView<T> available;
    private final ListView<T> chosen;
    private final TextField filter;

    PickList(
            String id, String chosenTitle, ObservableList<T> all, ObservableList<T> picked, Function<T, String> label) {
        super(16);
        filter = new TextField();
        filter.setId(id + "Filter");
        filter.setPromptText("type to filter, Down to the list");
        FilteredList<T> left = new FilteredList<>(all);
        left.predicateProperty()
                .bind(Bindings.createObjectBinding(
                        () -> t -> !picked.contains(t)
                                && label.apply(t)
                                        .toLowerCase()
                                        .contains(filter.getText().strip().toLowerCase()),
                        filter.textProperty(),
                        picked));
        available = Screens.list(id + "Available", left, label);
        chosen = Screens.list(id + "Chosen", picked, label);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                if (!available.getItems().isEmpty()) {
                    available.getSelectionModel().select(0);
                }
                available.requestFocus();
                e.consume();
            }
        });
        available.setOnKeyPressed(e -> {
            T one = available.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && one != null) {
                picked.add(one);
                e.consume();
            }
        });
        available.setOnMouseClicked(e -> {
            T one = available.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && one != null) {
                picked.add(one);
            }
        });
        chosen.setOnKeyPressed(e -> {
            T one = chosen.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && one != null) {
                picked.remove(one);
                e.consume();
            }
        });
        VBox left1 = new VBox(6, new Label("Not chosen (Enter adds)"), filter, available);
        VBox right = new VBox(6, new Label(chosenTitle + " (Delete takes out)"), chosen);
        VBox.setVgrow(available, Priority.ALWAYS);
        VBox.setVgrow(chosen, Priority.ALWAYS);
        HBox.setHgrow(left1, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left1, right);
    }

    TextField filter() {
        return filter;
    }
}

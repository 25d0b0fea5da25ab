package cricket.desktop.admin;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list beside the form that creates or edits one of its rows, with the same keys on every screen: Ctrl+N new,
 * Enter (or F2) edits the selected row, Delete twice deletes it, Enter in the form saves, Esc cancels, F5 reloads.
 */
final class ListForm<T> extends BorderPane {
    /** The keys every list screen takes; Delete only where the screen deletes. */
    static String keys(boolean deletes) {
        return "Ctrl+N new · Enter/F2 edit the selected" + (deletes ? " · Delete (twice) delete" : "")
                + " · Enter in the form save · Esc cancel · F5 reload";
    }

    private final ListView<T> list;
    private final Node firstField;
    private final Calls calls;
    private T armed;

    /** What the screen does for each key; {@code delete} is null where nothing may be deleted. */
    record Actions<T>(Runnable create, Consumer<T> edit, Consumer<T> delete, Runnable save, Runnable refresh) {}

    ListForm(
            String id,
            String title,
            String moreKeys,
            ObservableList<T> items,
            Function<T, String> label,
            Node form,
            Node firstField,
            Calls calls,
            Actions<T> actions) {
        this.calls = calls;
        this.firstField = firstField;
        setId(id + "Screen");
        setPadding(new Insets(16));
        list = Screens.list(id + "List", items, label);
        list.setPrefWidth(520);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = Screens.message(id + "Message", calls);
        VBox top =
                new VBox(6, Screens.title(title), Screens.keys(id + "Keys", keys(actions.delete() != null) + moreKeys));
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(new HBox(16, new VBox(6, list), form));
        HBox.setHgrow(list.getParent(), Priority.ALWAYS);
        setBottom(message);
        BorderPane.setMargin(message, new Insets(10, 0, 0, 0));

        Screens.on(this, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            actions.create().run();
            focusForm();
        });
        Screens.on(this, new KeyCodeCombination(KeyCode.F5), actions.refresh());
        Screens.on(this, new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            armed = null;
            actions.create().run();
            calls.say("Cancelled; nothing was changed.");
            list.requestFocus();
        });
        list.setOnKeyPressed(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && selected != null) {
                actions.edit().accept(selected);
                focusForm();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected != null && actions.delete() != null) {
                if (selected.equals(armed)) {
                    armed = null;
                    actions.delete().accept(selected);
                } else {
                    armed = selected;
                    calls.refuse(
                            "Delete " + label.apply(selected) + "? Press Delete again to delete it, Esc to keep it.");
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && selected != null) {
                actions.edit().accept(selected);
                focusForm();
            }
        });
        Screens.enterSaves(form, actions.save());
    }

    private void focusForm() {
        Platform.runLater(firstField::requestFocus);
    }

    ListView<T> list() {
        return list;
    }

    /** Puts the keyboard on the list, selecting the first row when none is. */
    void focusList() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    Calls calls() {
        return calls;
    }
}

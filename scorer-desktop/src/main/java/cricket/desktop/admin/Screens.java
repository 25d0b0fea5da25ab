package cricket.desktop.admin;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/** The pieces every admin screen is built from: standard controls, so the console's theme styles them. */
final class Screens {
    private Screens() {}

    static Label title(String text) {
        Label title = new Label(text);
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        return title;
    }

    /** A field's label, kept whole: when a row is short of room the field beside it narrows, not its name. */
    static Label label(String id, String text, Node field) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    /** A row of controls, centred on one line, so a label sits level with the field beside it. */
    static javafx.scene.layout.HBox row(Node... nodes) {
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** The keys the screen takes, shown as the scoring pad shows its keys. */
    static Label keys(String id, String text) {
        Label keys = new Label(text);
        keys.setId(id);
        keys.setWrapText(true);
        keys.setStyle("-fx-font-family: monospace; -fx-opacity: 0.8;");
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut short
        return keys;
    }

    /** The screen's one line of news: what was done, or the refusal in words (in red). */
    static Label message(String id, Calls calls) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(calls.messageProperty());
        message.styleProperty()
                .bind(javafx.beans.binding.Bindings.when(calls.refusedProperty())
                        .then("-fx-text-fill: -color-danger-fg;")
                        .otherwise(""));
        return message;
    }

    static <T> ListView<T> list(String id, ObservableList<T> items, Function<T, String> label) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        return list;
    }

    /** A drop-down of records, each shown by {@code label}; type-ahead is the combo's own (arrow keys, F4). */
    static <T> javafx.scene.control.ComboBox<T> combo(String id, ObservableList<T> items, Function<T, String> label) {
        javafx.scene.control.ComboBox<T> combo = new javafx.scene.control.ComboBox<>(items);
        combo.setId(id);
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream()
                        .filter(t -> label.apply(t).equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        return combo;
    }

    static TextField field(String id, javafx.beans.property.StringProperty text, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        return form;
    }

    /** {@code combo} pressed anywhere inside {@code node} runs {@code action} (and goes no further). */
    static void on(Node node, KeyCombination combo, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (combo.match(e)) {
                action.run();
                e.consume();
            }
        });
    }

    /** The first of {@code items} that {@code which} accepts, or null: a drop-down's choice found again by id. */
    static <T> T find(List<T> items, java.util.function.Predicate<T> which) {
        return items.stream().filter(which).findFirst().orElse(null);
    }

    /** Esc pressed inside {@code node} runs {@code action}, unless it is closing an open drop-down. */
    static void onEscape(Node node, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean closesPopup = e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?> c && c.isShowing();
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !closesPopup) {
                action.run();
                e.consume();
            }
        });
    }

    /** The line naming the other selections whose picks are not saved yet; it takes no room while there are none. */
    static Label draftsLine(String id, javafx.beans.property.ReadOnlyStringProperty text) {
        Label line = new Label();
        line.setId(id);
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.setStyle("-fx-text-fill: -color-warning-fg;");
        line.textProperty().bind(text);
        line.visibleProperty().bind(text.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Enter in the form saves it, from any of its fields. */
    static void enterSaves(Node form, Runnable save) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
                save.run();
                e.consume();
            }
        });
    }
}

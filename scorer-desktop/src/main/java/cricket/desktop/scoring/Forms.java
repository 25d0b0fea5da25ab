package cricket.desktop.scoring;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Small builders for the inline forms that replace the pad (wicket, new batter, bowler, edit...). */
final class Forms {
    private Forms() {}

    /** A titled form: label/control rows, then OK (Enter) and Cancel (Esc). */
    static VBox form(String id, String title, List<Node[]> rows, Runnable ok, Runnable cancel) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < rows.size(); i++) {
            grid.addRow(i, rows.get(i));
        }
        Button okButton = new Button("OK (Enter)");
        okButton.setId(id + "Ok");
        okButton.setDefaultButton(true);
        okButton.setOnAction(e -> ok.run());
        Button cancelButton = new Button("Cancel (Esc)");
        cancelButton.setId(id + "Cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        cancelButton.setVisible(cancel != null);
        VBox box = new VBox(10, heading, grid, new HBox(10, okButton, cancelButton));
        box.setId(id + "Form");
        box.setPadding(new Insets(12));
        box.getStyleClass().add("form-box");
        return box;
    }

    static Node[] row(String label, Node control) {
        return new Node[] {new Label(label), control};
    }

    static <T> ComboBox<T> choice(String id, List<T> items, T selected) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setPrefWidth(260);
        if (selected != null && items.contains(selected)) {
            box.setValue(selected);
        } else if (!items.isEmpty()) {
            box.setValue(items.get(0));
        }
        return box;
    }

    static TextField text(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(6);
        return field;
    }

    static CheckBox check(String id, String label, boolean selected) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setSelected(selected);
        return box;
    }

    /** Reads a whole number from a form field, naming the field when it is not one. */
    static int number(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, got \"" + text + "\"");
        }
    }
}

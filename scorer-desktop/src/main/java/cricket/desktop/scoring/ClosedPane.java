package cricket.desktop.scoring;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * In place of the pad once the engine takes no more balls (the match has a result, or the innings is closed): why,
 * and the corrections that still stand (undo the last event, edit a ball).
 */
final class ClosedPane extends VBox {
    private final Label why = new Label();

    ClosedPane(String id, String undoKey, Runnable undo, Runnable edit) {
        setId(id);
        setSpacing(8);
        setPadding(new Insets(12));
        setFocusTraversable(true);
        getStyleClass().add("closed-box");
        why.setId(id + "Why");
        why.setWrapText(true);
        why.setStyle("-fx-font-size: 15px;");
        Button undoButton = new Button(undoKey + "  Undo the last event");
        undoButton.setId(id + "Undo");
        undoButton.setFocusTraversable(false);
        undoButton.setOnAction(e -> undo.run());
        Button editButton = new Button("F2  Edit a ball (select it in the list)");
        editButton.setId(id + "Edit");
        editButton.setFocusTraversable(false);
        editButton.setOnAction(e -> edit.run());
        getChildren().addAll(why, new HBox(8, undoButton, editButton));
    }

    ClosedPane showing(String reason) {
        why.setText(reason);
        return this;
    }
}

package cricket.desktop.scoring;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The set-aside events, one at a time, in place of the pad: what it was, why it was set aside, what the engine says
 * of it on the server's score, and the scorer's three choices (keys shown on the buttons).
 */
final class ReviewPane extends VBox {
    private final SetAsideReview review;
    private final Runnable edit;
    private final Label heading = new Label();
    private final Label what = new Label();
    private final Label reason = new Label();
    private final Label verdict = new Label();
    private final Button reapply = button("reviewReapply", "A  Re-apply (Enter)");
    private final Button editButton = button("reviewEdit", "E  Edit, then re-apply");
    private final Button drop = button("reviewDrop", "D  Drop (kept in the file)");
    private final Button later = button("reviewLater", "Esc  Later (V brings it back)");

    ReviewPane(SetAsideReview review, Runnable edit) {
        this.review = review;
        this.edit = edit;
        setId("reviewPane");
        setSpacing(8);
        setPadding(new Insets(12));
        setFocusTraversable(true);
        getStyleClass().add("review-box");
        heading.setId("reviewHeading");
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        what.setId("reviewWhat");
        what.setStyle("-fx-font-size: 15px;");
        reason.setId("reviewReason");
        verdict.setId("reviewVerdict");
        for (Label label : new Label[] {what, reason, verdict}) {
            label.setWrapText(true);
        }
        reapply.setOnAction(e -> review.reapply());
        editButton.setOnAction(e -> edit.run());
        drop.setOnAction(e -> review.drop());
        later.setOnAction(e -> review.later());
        getChildren().addAll(heading, what, reason, verdict, new HBox(8, reapply, editButton, drop, later));
        review.currentProperty().addListener((o, was, now) -> show(now));
        show(review.currentProperty().get());
    }

    private void show(SetAsideReview.Proposal p) {
        if (p == null) {
            return;
        }
        heading.setText("Set aside " + p.position() + " of " + p.total() + ": re-apply, edit or drop it");
        what.setText(p.what());
        reason.setText("Why it was set aside: " + p.entry().reason());
        verdict.setText(p.verdict());
        verdict.getStyleClass().setAll("label", p.accepted() ? "accepted" : "refused");
        reapply.setDisable(!p.accepted());
        editButton.setDisable(p.editBase() == null);
    }

    /** @return whether the key was one of the review's */
    boolean key(KeyEvent e) {
        SetAsideReview.Proposal p = review.currentProperty().get();
        if (p == null) {
            return false;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.A || code == KeyCode.ENTER) {
            if (p.accepted()) {
                review.reapply();
            }
        } else if (code == KeyCode.E && p.editBase() != null) {
            edit.run();
        } else if (code == KeyCode.D || code == KeyCode.DELETE) {
            review.drop();
        } else if (code == KeyCode.ESCAPE) {
            review.later();
        } else {
            return false;
        }
        return true;
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false); // keys go to the pane, never to a focused button
        return button;
    }
}

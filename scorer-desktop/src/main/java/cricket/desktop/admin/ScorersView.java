package cricket.desktop.admin;

import cricket.api.MatchSummary;
import cricket.api.User;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The scorer assignment screen. */
public final class ScorersView extends VBox {
    public ScorersView(ScorersViewModel model) {
        setId("scorersView");
        setSpacing(8);
        setPadding(new Insets(16));
        ComboBox<MatchSummary> match = Screens.combo("scorerMatch", model.matches(), FixturesViewModel::label);
        match.valueProperty().bindBidirectional(model.matchProperty());
        PickList<User> pick =
                new PickList<>("scorer", "Scorers of the match", model.users(), model.scorers(), UsersView::label);
        VBox.setVgrow(pick, Priority.ALWAYS);
        getChildren()
                .addAll(
                        Screens.title("Scorer assignment"),
                        Screens.keys(
                                "scorerKeys",
                                "Tab between fields · type to filter the users · Down to the list · Enter adds"
                                        + " · Delete takes out · Ctrl+S save · Esc twice discard what is not saved"
                                        + " · F5 reload"),
                        Screens.row(Screens.label("scorerMatchLabel", "Match", match), match),
                        pick,
                        Screens.button("scorerSave", "Save the scorers (Ctrl+S)", model::save),
                        Screens.message("scorerMessage", model.calls()),
                        Screens.draftsLine("scorerDrafts", model.draftsProperty()));
        Screens.on(this, new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
        Screens.on(this, new KeyCodeCombination(KeyCode.F5), model::refresh);
        Screens.onEscape(this, model::discard);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }
}

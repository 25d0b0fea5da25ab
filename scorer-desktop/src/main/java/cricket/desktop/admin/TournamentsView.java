package cricket.desktop.admin;

import cricket.api.Tournament;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The tournaments screen. */
public final class TournamentsView extends VBox {
    public TournamentsView(TournamentsViewModel model) {
        setId("tournamentsView");
        TextField name = Screens.field("tournamentName", model.nameProperty(), 28);
        TextField season = Screens.field("tournamentSeason", model.seasonProperty(), 12);
        GridPane form = Screens.form();
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Season"), season);
        form.add(Screens.button("tournamentSave", "Save (Enter)", model::save), 1, 2);
        ListForm<Tournament> screen = new ListForm<>(
                "tournament",
                "Tournaments",
                "",
                model.tournaments(),
                t -> t.name() + (t.season() == null ? "" : "  ·  " + t.season()),
                form,
                name,
                model.calls(),
                new ListForm.Actions<>(model::create, model::edit, model::delete, model::save, model::refresh));
        VBox.setVgrow(screen, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(screen);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }
}

package cricket.desktop.admin;

import cricket.api.TeamRef;
import cricket.desktop.client.Registry;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The teams screen or the players screen (ids start "team" or "player"). */
public final class RegistryView extends VBox {
    public RegistryView(RegistryViewModel model) {
        String id = model.registry().singular();
        setId(id + "sView");
        TextField name = Screens.field(id + "Name", model.nameProperty(), 28);
        GridPane form = Screens.form();
        form.addRow(0, new Label("Name"), name);
        form.add(Screens.button(id + "Save", "Save (Enter)", model::save), 1, 1);
        ListForm<TeamRef> screen = new ListForm<>(
                id,
                model.registry() == Registry.TEAMS ? "Teams" : "Players",
                "",
                model.rows(),
                TeamRef::name,
                form,
                name,
                model.calls(),
                new ListForm.Actions<>(model::create, model::edit, model::delete, model::save, model::refresh));
        VBox.setVgrow(screen, Priority.ALWAYS);
        getChildren().add(screen);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }
}

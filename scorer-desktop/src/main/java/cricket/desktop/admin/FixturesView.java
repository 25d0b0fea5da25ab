package cricket.desktop.admin;

import cricket.api.MatchSummary;
import cricket.api.OfficialRole;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fixtures screen. */
public final class FixturesView extends VBox {
    public FixturesView(FixturesViewModel model) {
        setId("fixturesView");
        ComboBox<Tournament> tournament = Screens.combo("fixtureTournament", model.tournaments(), Tournament::name);
        tournament.valueProperty().bindBidirectional(model.tournamentProperty());
        ComboBox<TeamRef> home = Screens.combo("fixtureHome", model.teams(), TeamRef::name);
        home.valueProperty().bindBidirectional(model.homeProperty());
        ComboBox<TeamRef> away = Screens.combo("fixtureAway", model.teams(), TeamRef::name);
        away.valueProperty().bindBidirectional(model.awayProperty());
        TextField venue = Screens.field("fixtureVenue", model.venueProperty(), 24);
        TextField start = Screens.field("fixtureStart", model.startProperty(), 16);
        start.setPromptText("2026-06-01 14:00");
        ComboBox<RulesChoice> rules = Screens.combo("fixtureRules", model.formats(), RulesChoice::name);
        rules.valueProperty().bindBidirectional(model.rulesProperty());
        GridPane form = Screens.form();
        form.addRow(0, new Label("Tournament"), tournament);
        form.addRow(1, new Label("Home"), home);
        form.addRow(2, new Label("Away"), away);
        form.addRow(3, new Label("Venue"), venue);
        form.addRow(4, new Label("Start (UTC)"), start);
        form.addRow(5, new Label("Format"), rules);
        int row = 6;
        for (OfficialRole role : OfficialRole.values()) {
            String id = "fixture" + Character.toUpperCase(role.field().charAt(0))
                    + role.field().substring(1);
            TextField names = Screens.field(id, model.officialsProperty(role), 24);
            names.setPromptText(role == OfficialRole.UMPIRE ? "names, comma-separated" : "");
            form.addRow(row++, new Label(role.label(2)), names);
        }
        form.add(Screens.button("fixtureSave", "Save (Enter)", model::save), 1, row);
        ListForm<MatchSummary> screen = new ListForm<>(
                "match",
                "Fixtures",
                " · in a drop-down: arrows choose, F4 opens",
                model.matches(),
                FixturesViewModel::label,
                form,
                tournament,
                model.calls(),
                new ListForm.Actions<>(model::create, model::edit, model::delete, model::save, model::refresh));
        VBox.setVgrow(screen, Priority.ALWAYS);
        getChildren().add(screen);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }
}

package cricket.desktop.admin;

import cricket.api.PlayerRef;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The squads screen: tournament and team above, the players chosen from all players below, and a line naming the
 * other squads whose picks are not saved yet.
 */
public final class SquadsView extends VBox {
    public SquadsView(SquadsViewModel model) {
        setId("squadsView");
        setSpacing(8);
        setPadding(new Insets(16));
        ComboBox<Tournament> tournament = Screens.combo("squadTournament", model.tournaments(), Tournament::name);
        tournament.valueProperty().bindBidirectional(model.tournamentProperty());
        ComboBox<TeamRef> team = Screens.combo("squadTeam", model.teams(), TeamRef::name);
        team.valueProperty().bindBidirectional(model.teamProperty());
        PickList<PlayerRef> pick =
                new PickList<>("squad", "In the squad", model.players(), model.squad(), PlayerRef::name);
        VBox.setVgrow(pick, Priority.ALWAYS);
        getChildren()
                .addAll(
                        Screens.title("Squads"),
                        Screens.keys(
                                "squadKeys",
                                "Tab between fields · type to filter the players · Down to the list · Enter adds"
                                        + " · Delete takes out · Ctrl+S save · Esc twice discard what is not saved"
                                        + " · F5 reload"),
                        Screens.row(
                                Screens.label("squadTournamentLabel", "Tournament", tournament),
                                tournament,
                                Screens.label("squadTeamLabel", "Team", team),
                                team),
                        pick,
                        Screens.button("squadSave", "Save the squad (Ctrl+S)", model::save),
                        Screens.message("squadMessage", model.calls()),
                        Screens.draftsLine("squadDrafts", model.draftsProperty()));
        Screens.on(this, new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
        Screens.on(this, new KeyCodeCombination(KeyCode.F5), model::refresh);
        Screens.onEscape(this, model::discard);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }
}

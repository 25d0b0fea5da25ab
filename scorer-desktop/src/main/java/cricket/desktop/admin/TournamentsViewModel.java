package cricket.desktop.admin;

import cricket.api.Tournament;
import cricket.desktop.client.ApiClient;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tournaments: list, create, rename or re-season, delete (the server refuses one a match still uses). */
public final class TournamentsViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<Tournament> tournaments = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty season = new SimpleStringProperty("");
    private Tournament editing;

    public TournamentsViewModel(ApiClient api) {
        this.api = api;
    }

    public void refresh() {
        calls.run("List the tournaments", api::tournaments, list -> {
            tournaments.setAll(list);
            calls.say(list.size() + " tournament(s).");
        });
    }

    public void create() {
        editing = null;
        name.set("");
        season.set("");
        calls.say("A new tournament: type its name and season, Enter saves.");
    }

    public void edit(Tournament tournament) {
        editing = tournament;
        name.set(tournament.name());
        season.set(tournament.season() == null ? "" : tournament.season());
        calls.say("Editing " + tournament.name() + ": Enter saves, Esc cancels.");
    }

    public void save() {
        String newName = name.get().strip();
        String newSeason = season.get().isBlank() ? null : season.get().strip();
        Tournament was = editing;
        if (was == null) {
            calls.run("Create tournament " + newName, () -> api.createTournament(newName, newSeason), t -> {
                edit(t);
                reload("Created tournament " + t.name() + " (id " + t.id() + ").");
            });
        } else {
            calls.run("Save tournament " + was.id(), () -> api.updateTournament(was.id(), newName, newSeason), t -> {
                edit(t);
                reload("Saved tournament " + t.name() + ".");
            });
        }
    }

    public void delete(Tournament tournament) {
        calls.run(
                "Delete tournament " + tournament.name(),
                () -> {
                    api.deleteTournament(tournament.id());
                    return tournament;
                },
                t -> {
                    create();
                    reload("Deleted tournament " + t.name() + ".");
                });
    }

    private void reload(String said) {
        calls.run("List the tournaments", api::tournaments, list -> {
            tournaments.setAll(list);
            calls.say(said);
        });
    }

    public ObservableList<Tournament> tournaments() {
        return tournaments;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty seasonProperty() {
        return season;
    }

    public StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

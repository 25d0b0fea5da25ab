package cricket.desktop.admin;

import cricket.api.PlayerRef;
import cricket.api.Squad;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A team's squad in a tournament: the players it may pick its XI from. */
public final class SquadsViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<Tournament> tournaments = FXCollections.observableArrayList();
    private final ObservableList<TeamRef> teams = FXCollections.observableArrayList();
    private final ObservableList<PlayerRef> players = FXCollections.observableArrayList();
    private final ObservableList<PlayerRef> squad = FXCollections.observableArrayList();
    private final ObjectProperty<Tournament> tournament = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRef> team = new SimpleObjectProperty<>();
    /** The squad as the server last gave or took it; a {@link #squad} unlike it holds picks not yet saved. */
    private List<PlayerRef> stored = List.of();
    /** While {@link #refresh} puts new lists in the drop-downs, their choice changing loads nothing. */
    private boolean refreshing;

    record Lists(List<Tournament> tournaments, List<TeamRef> teams, List<PlayerRef> players) {}

    public SquadsViewModel(ApiClient api) {
        this.api = api;
        tournament.addListener((o, was, now) -> loadUnlessRefreshing());
        team.addListener((o, was, now) -> loadUnlessRefreshing());
    }

    public void refresh() {
        calls.run(
                "List tournaments, teams and players",
                () -> new Lists(
                        api.tournaments(),
                        api.named(Registry.TEAMS),
                        api.named(Registry.PLAYERS).stream()
                                .map(p -> new PlayerRef(p.id(), p.name()))
                                .toList()),
                lists -> {
                    // Back from another tab (to make a missing player, say), picks not yet saved are kept: new
                    // lists in the drop-downs may reset their choice, so it is put back without a reload.
                    Tournament chosenTournament = tournament.get();
                    TeamRef chosenTeam = team.get();
                    List<PlayerRef> unsaved = squad.equals(stored) ? null : List.copyOf(squad);
                    List<PlayerRef> lastStored = stored;
                    refreshing = true;
                    try {
                        tournaments.setAll(lists.tournaments());
                        teams.setAll(lists.teams());
                        players.setAll(lists.players());
                        tournament.set(chosenTournament);
                        team.set(chosenTeam);
                    } finally {
                        refreshing = false;
                    }
                    if (unsaved != null) {
                        squad.setAll(unsaved);
                        stored = lastStored;
                        calls.say("The squad on the right is not saved yet: " + squad.size()
                                + " player(s). Ctrl+S saves.");
                        return;
                    }
                    calls.say("Choose the tournament and the team; their squad shows on the right.");
                    load();
                });
    }

    private void loadUnlessRefreshing() {
        if (!refreshing) {
            load();
        }
    }

    private void load() {
        Tournament t = tournament.get();
        TeamRef side = team.get();
        squad.clear();
        stored = List.of();
        if (t == null || side == null) {
            return;
        }
        calls.run("Load the squad of " + side.name() + " in " + t.name(), () -> api.squad(t.id(), side.id()), s -> {
            show(s);
            calls.say(s.team() + " in " + t.name() + ": " + s.players().size() + " player(s). Ctrl+S saves.");
        });
    }

    private void show(Squad s) {
        squad.setAll(s.players().stream()
                .map(p -> players.stream()
                        .filter(q -> q.id() == p.id())
                        .findFirst()
                        .orElse(p))
                .toList());
        stored = List.copyOf(squad);
    }

    public void save() {
        Tournament t = tournament.get();
        TeamRef side = team.get();
        if (t == null || side == null) {
            calls.refuse("Choose the tournament and the team first.");
            return;
        }
        List<Long> ids = squad.stream().map(PlayerRef::id).toList();
        calls.run("Save the squad of " + side.name(), () -> api.replaceSquad(t.id(), side.id(), ids), s -> {
            show(s);
            calls.say("Saved: " + s.team() + " in " + t.name() + " has "
                    + s.players().size() + " player(s).");
        });
    }

    public ObservableList<Tournament> tournaments() {
        return tournaments;
    }

    public ObservableList<TeamRef> teams() {
        return teams;
    }

    public ObservableList<PlayerRef> players() {
        return players;
    }

    public ObservableList<PlayerRef> squad() {
        return squad;
    }

    public ObjectProperty<Tournament> tournamentProperty() {
        return tournament;
    }

    public ObjectProperty<TeamRef> teamProperty() {
        return team;
    }

    public javafx.beans.property.StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

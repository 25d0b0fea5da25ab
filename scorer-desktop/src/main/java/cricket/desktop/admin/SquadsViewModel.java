package cricket.desktop.admin;

import cricket.api.PlayerRef;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A team's squad in a tournament: the players it may pick its XI from. Picks not yet saved are kept per tournament and
 * team (see {@link Drafts}), so changing either drop-down loses none of them.
 */
public final class SquadsViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<Tournament> tournaments = FXCollections.observableArrayList();
    private final ObservableList<TeamRef> teams = FXCollections.observableArrayList();
    private final ObservableList<PlayerRef> players = FXCollections.observableArrayList();
    private final Drafts<Key, PlayerRef> drafts = new Drafts<>(PlayerRef::id);
    private final ObjectProperty<Tournament> tournament = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRef> team = new SimpleObjectProperty<>();
    /** While {@link #refresh} puts new lists in the drop-downs, their choice changing loads nothing. */
    private boolean refreshing;

    record Lists(List<Tournament> tournaments, List<TeamRef> teams, List<PlayerRef> players) {}

    /** A squad's selection by ids: a reload gives new records of the same tournament and team. */
    private record Key(long tournamentId, long teamId) {}

    public SquadsViewModel(ApiClient api) {
        this.api = api;
        tournament.addListener((o, was, now) -> selectUnlessRefreshing());
        team.addListener((o, was, now) -> selectUnlessRefreshing());
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
                    // Back from another tab (to make a missing player, say): the picks shown are kept as a draft
                    // while the drop-downs get their new lists, and come back with the same choice.
                    Tournament chosenTournament = tournament.get();
                    TeamRef chosenTeam = team.get();
                    drafts.show(null, "", List.of());
                    refreshing = true;
                    try {
                        tournaments.setAll(lists.tournaments());
                        teams.setAll(lists.teams());
                        players.setAll(lists.players());
                        tournament.set(
                                chosenTournament == null
                                        ? null
                                        : Screens.find(tournaments, t -> t.id() == chosenTournament.id()));
                        team.set(chosenTeam == null ? null : Screens.find(teams, t -> t.id() == chosenTeam.id()));
                    } finally {
                        refreshing = false;
                    }
                    if (tournament.get() == null || team.get() == null) {
                        calls.say("Choose the tournament and the team; their squad shows on the right.");
                    }
                    select();
                });
    }

    private void selectUnlessRefreshing() {
        if (!refreshing) {
            select();
        }
    }

    /** Shows the chosen team's squad: its draft when it has one, else the server's. */
    private void select() {
        Tournament t = tournament.get();
        TeamRef side = team.get();
        if (t == null || side == null) {
            drafts.show(null, "", players);
            return;
        }
        Key key = new Key(t.id(), side.id());
        if (drafts.show(key, side.name() + " in " + t.name(), players)) {
            calls.say("The squad on the right is not saved yet: " + squad().size()
                    + " player(s). Ctrl+S saves, Esc twice discards.");
            return;
        }
        calls.run("Load the squad of " + side.name() + " in " + t.name(), () -> api.squad(t.id(), side.id()), s -> {
            if (drafts.loaded(key, drafts.fresh(s.players(), players))) {
                calls.say(s.team() + " in " + t.name() + ": " + s.players().size() + " player(s). Ctrl+S saves.");
            }
        });
    }

    public void save() {
        Tournament t = tournament.get();
        TeamRef side = team.get();
        if (t == null || side == null) {
            calls.refuse("Choose the tournament and the team first.");
            return;
        }
        Key key = new Key(t.id(), side.id());
        List<Long> ids = squad().stream().map(PlayerRef::id).toList();
        calls.run("Save the squad of " + side.name(), () -> api.replaceSquad(t.id(), side.id(), ids), s -> {
            drafts.saved(key, drafts.fresh(s.players(), players));
            calls.say("Saved: " + s.team() + " in " + t.name() + " has "
                    + s.players().size() + " player(s).");
        });
    }

    /** Esc, twice: puts the saved squad back in place of the picks not saved. */
    public void discard() {
        switch (drafts.discard()) {
            case NOTHING -> calls.say("Nothing to discard: the squad on the right is the saved one.");
            case ASKED ->
                calls.refuse("Discard the picks not saved (" + squad().size()
                        + " player(s) on the right)? Esc again puts the saved squad back; Ctrl+S saves instead.");
            case DISCARDED -> calls.say("Discarded: the saved squad is back, " + squad().size() + " player(s).");
        }
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
        return drafts.picks();
    }

    /** The other squads holding picks not saved yet, in one line (empty when none). */
    public ReadOnlyStringProperty draftsProperty() {
        return drafts.othersLineProperty();
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

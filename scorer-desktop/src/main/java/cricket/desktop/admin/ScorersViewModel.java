package cricket.desktop.admin;

import cricket.api.MatchSummary;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Who may score each match: the admin picks a match and chooses its scorers from the users. */
public final class ScorersViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<MatchSummary> matches = FXCollections.observableArrayList();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObservableList<User> scorers = FXCollections.observableArrayList();
    private final ObjectProperty<MatchSummary> match = new SimpleObjectProperty<>();
    /** The scorers as the server last gave or took them; {@link #scorers} unlike them holds picks not yet saved. */
    private List<User> stored = List.of();
    /** While {@link #refresh} puts new lists in the drop-down, its choice changing loads nothing. */
    private boolean refreshing;

    record Lists(List<MatchSummary> matches, List<User> users) {}

    public ScorersViewModel(ApiClient api) {
        this.api = api;
        match.addListener((o, was, now) -> {
            if (!refreshing) {
                load();
            }
        });
    }

    public void refresh() {
        calls.run("List the matches and users", () -> new Lists(api.matches(), api.users()), lists -> {
            // Back from another tab (to make a missing user, say), picks not yet saved are kept: a new list in the
            // drop-down may reset its choice, so it is put back without a reload.
            MatchSummary chosen = match.get();
            List<User> unsaved = scorers.equals(stored) ? null : List.copyOf(scorers);
            List<User> lastStored = stored;
            refreshing = true;
            try {
                matches.setAll(lists.matches());
                users.setAll(lists.users());
                match.set(chosen);
            } finally {
                refreshing = false;
            }
            if (unsaved != null) {
                scorers.setAll(unsaved);
                stored = lastStored;
                calls.say("The scorers on the right are not saved yet: " + scorers.size() + ". Ctrl+S saves.");
                return;
            }
            calls.say("Choose the match; its scorers show on the right.");
            load();
        });
    }

    private void load() {
        MatchSummary m = match.get();
        scorers.clear();
        stored = List.of();
        if (m == null) {
            return;
        }
        calls.run("Load the scorers of match " + m.id(), () -> api.scorers(m.id()), list -> {
            show(list);
            calls.say("Match " + m.id() + " has " + list.size() + " scorer(s). Ctrl+S saves.");
        });
    }

    private void show(List<User> list) {
        scorers.setAll(list.stream()
                .map(u ->
                        users.stream().filter(v -> v.id() == u.id()).findFirst().orElse(u))
                .toList());
        stored = List.copyOf(scorers);
    }

    public void save() {
        MatchSummary m = match.get();
        if (m == null) {
            calls.refuse("Choose the match first.");
            return;
        }
        List<Long> ids = scorers.stream().map(User::id).toList();
        calls.run("Assign the scorers of match " + m.id(), () -> api.assignScorers(m.id(), ids), list -> {
            show(list);
            calls.say("Saved: match " + m.id() + " is scored by "
                    + (list.isEmpty()
                            ? "nobody yet"
                            : String.join(
                                    ", ", list.stream().map(User::username).toList()))
                    + ".");
        });
    }

    public ObservableList<MatchSummary> matches() {
        return matches;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObservableList<User> scorers() {
        return scorers;
    }

    public ObjectProperty<MatchSummary> matchProperty() {
        return match;
    }

    public javafx.beans.property.StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

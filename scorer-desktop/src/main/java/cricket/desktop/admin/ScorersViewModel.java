package cricket.desktop.admin;

import cricket.api.MatchSummary;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who may score each match: the admin picks a match and chooses its scorers from the users. Picks not yet saved are
 * kept per match (see {@link Drafts}), so choosing another match loses none of them.
 */
public final class ScorersViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<MatchSummary> matches = FXCollections.observableArrayList();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final Drafts<Long, User> drafts = new Drafts<>(User::id);
    private final ObjectProperty<MatchSummary> match = new SimpleObjectProperty<>();
    /** While {@link #refresh} puts new lists in the drop-down, its choice changing loads nothing. */
    private boolean refreshing;

    record Lists(List<MatchSummary> matches, List<User> users) {}

    public ScorersViewModel(ApiClient api) {
        this.api = api;
        match.addListener((o, was, now) -> {
            if (!refreshing) {
                select();
            }
        });
    }

    public void refresh() {
        calls.run("List the matches and users", () -> new Lists(api.matches(), api.users()), lists -> {
            // Back from another tab (to make a missing user, say): the picks shown are kept as a draft while the
            // drop-down gets its new list, and come back with the same match chosen.
            MatchSummary chosen = match.get();
            drafts.show(null, "", List.of());
            refreshing = true;
            try {
                matches.setAll(lists.matches());
                users.setAll(lists.users());
                match.set(chosen == null ? null : Screens.find(matches, m -> m.id() == chosen.id()));
            } finally {
                refreshing = false;
            }
            if (match.get() == null) {
                calls.say("Choose the match; its scorers show on the right.");
            }
            select();
        });
    }

    /** Shows the chosen match's scorers: its draft when it has one, else the server's. */
    private void select() {
        MatchSummary m = match.get();
        if (m == null) {
            drafts.show(null, "", users);
            return;
        }
        if (drafts.show(m.id(), "match " + m.id() + " " + m.homeTeam() + " v " + m.awayTeam(), users)) {
            calls.say("The scorers on the right are not saved yet: " + scorers().size()
                    + ". Ctrl+S saves, Esc twice discards.");
            return;
        }
        calls.run("Load the scorers of match " + m.id(), () -> api.scorers(m.id()), list -> {
            if (drafts.loaded(m.id(), drafts.fresh(list, users))) {
                calls.say("Match " + m.id() + " has " + list.size() + " scorer(s). Ctrl+S saves.");
            }
        });
    }

    public void save() {
        MatchSummary m = match.get();
        if (m == null) {
            calls.refuse("Choose the match first.");
            return;
        }
        List<Long> ids = scorers().stream().map(User::id).toList();
        calls.run("Assign the scorers of match " + m.id(), () -> api.assignScorers(m.id(), ids), list -> {
            drafts.saved(m.id(), drafts.fresh(list, users));
            calls.say("Saved: match " + m.id() + " is scored by "
                    + (list.isEmpty()
                            ? "nobody yet"
                            : String.join(
                                    ", ", list.stream().map(User::username).toList()))
                    + ".");
        });
    }

    /** Esc, twice: puts the saved scorers back in place of the picks not saved. */
    public void discard() {
        switch (drafts.discard()) {
            case NOTHING -> calls.say("Nothing to discard: the scorers on the right are the saved ones.");
            case ASKED ->
                calls.refuse("Discard the picks not saved (" + scorers().size()
                        + " scorer(s) on the right)? Esc again puts the saved scorers back; Ctrl+S saves instead.");
            case DISCARDED ->
                calls.say("Discarded: the saved scorers are back, " + scorers().size() + ".");
        }
    }

    public ObservableList<MatchSummary> matches() {
        return matches;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObservableList<User> scorers() {
        return drafts.picks();
    }

    /** The other matches holding picks not saved yet, in one line (empty when none). */
    public ReadOnlyStringProperty draftsProperty() {
        return drafts.othersLineProperty();
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

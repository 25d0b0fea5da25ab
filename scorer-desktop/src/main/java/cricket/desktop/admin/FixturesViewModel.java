package cricket.desktop.admin;

import cricket.api.FixtureRequest;
import cricket.api.MatchDetail;
import cricket.api.MatchSummary;
import cricket.api.OfficialRole;
import cricket.api.Officials;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fixtures: create, edit (officials too), delete (the server refuses a match that has balls recorded).
 */
public final class FixturesViewModel {
    static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<MatchSummary> matches = FXCollections.observableArrayList();
    private final ObservableList<Tournament> tournaments = FXCollections.observableArrayList();
    private final ObservableList<TeamRef> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Tournament> tournament = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRef> home = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRef> away = new SimpleObjectProperty<>();
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final ObjectProperty<RulesChoice> rules = new SimpleObjectProperty<>(RulesChoice.FORMATS.get(0));
    private final ObservableList<RulesChoice> formats = FXCollections.observableArrayList(RulesChoice.FORMATS);
    /** Each role's names as typed, comma-separated ("AY Dandekar, NJ Llong"), in {@link OfficialRole} order. */
    private final Map<OfficialRole, StringProperty> officials = new EnumMap<>(OfficialRole.class);

    private MatchSummary editing;

    record Lists(List<MatchSummary> matches, List<Tournament> tournaments, List<TeamRef> teams) {}

    public FixturesViewModel(ApiClient api) {
        this.api = api;
        for (OfficialRole role : OfficialRole.values()) {
            officials.put(role, new SimpleStringProperty(""));
        }
    }

    public void refresh() {
        reload(null);
    }

    public void create() {
        editing = null;
        venue.set("");
        start.set("");
        home.set(null);
        away.set(null);
        rules.set(RulesChoice.FORMATS.get(0));
        formats.setAll(RulesChoice.FORMATS);
        officials.values().forEach(names -> names.set(""));
        calls.say("A new fixture: tournament, home, away, venue, start (UTC), format, officials; Enter saves.");
    }

    public void edit(MatchSummary match) {
        calls.run("Open fixture " + match.id(), () -> api.match(match.id()), detail -> show(match, detail));
    }

    private void show(MatchSummary match, MatchDetail detail) {
        editing = match;
        tournament.set(Screens.find(tournaments, t -> t.id() == match.tournamentId()));
        home.set(Screens.find(teams, t -> t.id() == match.homeTeamId()));
        away.set(Screens.find(teams, t -> t.id() == match.awayTeamId()));
        venue.set(match.venue());
        start.set(START.format(match.startTime().atOffset(ZoneOffset.UTC)));
        RulesChoice choice = RulesChoice.of(detail.rules());
        if (!formats.contains(choice)) {
            formats.add(choice);
        }
        rules.set(choice);
        officials.forEach(
                (role, names) -> names.set(String.join(", ", detail.officials().names(role))));
        calls.say("Editing " + label(match) + ": Enter saves, Esc cancels.");
    }

    public void save() {
        Instant when;
        try {
            when = LocalDateTime.parse(start.get().strip(), START).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            calls.refuse("Start must be a date and time in UTC such as 2026-06-01 14:00, got \"" + start.get() + "\".");
            return;
        }
        FixtureRequest request = new FixtureRequest(
                tournament.get() == null ? null : tournament.get().id(),
                home.get() == null ? null : home.get().id(),
                away.get() == null ? null : away.get().id(),
                venue.get().strip(),
                when,
                rules.get() == null ? null : rules.get().rules(),
                new Officials(
                        names(OfficialRole.UMPIRE),
                        names(OfficialRole.TV_UMPIRE),
                        names(OfficialRole.RESERVE_UMPIRE),
                        names(OfficialRole.MATCH_REFEREE)));
        MatchSummary was = editing;
        if (was == null) {
            calls.run("Create the fixture", () -> api.createMatch(request), m -> {
                editing = m;
                reload("Created match " + m.id() + ": " + label(m) + ".");
            });
        } else {
            calls.run("Save fixture " + was.id(), () -> api.updateMatch(was.id(), request), m -> {
                editing = m;
                reload("Saved match " + m.id() + ": " + label(m) + ".");
            });
        }
    }

    /** The names typed for a role: split at commas, blanks between them dropped (the server checks the rest). */
    private List<String> names(OfficialRole role) {
        return Arrays.stream(officials.get(role).get().split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    public void delete(MatchSummary match) {
        calls.run(
                "Delete match " + match.id() + " (" + match.homeTeam() + " v " + match.awayTeam() + ")",
                () -> {
                    api.deleteMatch(match.id());
                    return match;
                },
                m -> {
                    create();
                    reload("Deleted match " + m.id() + ".");
                });
    }

    private void reload(String said) {
        calls.run(
                "List the fixtures",
                () -> new Lists(api.matches(), api.tournaments(), api.named(Registry.TEAMS)),
                lists -> {
                    tournaments.setAll(lists.tournaments());
                    teams.setAll(lists.teams());
                    matches.setAll(lists.matches());
                    calls.say(said != null ? said : lists.matches().size() + " fixture(s).");
                });
    }

    /** What the list shows for one match. */
    static String label(MatchSummary m) {
        return m.homeTeam() + " v " + m.awayTeam() + "  ·  " + m.tournament() + "  ·  " + m.venue() + "  ·  "
                + START.format(m.startTime().atOffset(ZoneOffset.UTC)) + " UTC  ·  "
                + (m.status() == null ? "" : m.status().wire());
    }

    public ObservableList<MatchSummary> matches() {
        return matches;
    }

    public ObservableList<Tournament> tournaments() {
        return tournaments;
    }

    public ObservableList<TeamRef> teams() {
        return teams;
    }

    public ObservableList<RulesChoice> formats() {
        return formats;
    }

    public ObjectProperty<Tournament> tournamentProperty() {
        return tournament;
    }

    public ObjectProperty<TeamRef> homeProperty() {
        return home;
    }

    public ObjectProperty<TeamRef> awayProperty() {
        return away;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty startProperty() {
        return start;
    }

    public ObjectProperty<RulesChoice> rulesProperty() {
        return rules;
    }

    /** The names of one role as the form shows them, comma-separated. */
    public StringProperty officialsProperty(OfficialRole role) {
        return officials.get(role);
    }

    public StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.FixtureRequest;
import cricket.api.MatchDetail;
import cricket.api.MatchSummary;
import cricket.api.Officials;
import cricket.api.PlayerRef;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The admin's screens for the fixtures of a tournament, driven by the keyboard against the real server. */
@ExtendWith(ApplicationExtension.class)
class AdminScreensTest extends AdminConsole {

    @Start
    void start(Stage window) {
        openAsAdmin(window);
    }

    @Test
    void aTournamentIsCreatedAndItsSeasonEditedWithTheKeyboardOnly(FxRobot robot) {
        signIn(robot);
        String name = server.unique("Keyboard Cup");
        screen(2, "#tournamentMessage");
        ctrl(KeyCode.N);
        write(name);
        keys(KeyCode.TAB);
        write("2026");
        keys(KeyCode.ENTER);
        awaitMessage("#tournamentMessage", "Created tournament " + name);
        Tournament made = api().tournaments().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(made.season()).isEqualTo("2026");

        select("#tournamentList", (Tournament t) -> t.id() == made.id());
        keys(KeyCode.ENTER, KeyCode.TAB);
        ctrl(KeyCode.A);
        write("2026/27");
        keys(KeyCode.ENTER);
        awaitMessage("#tournamentMessage", "Saved tournament " + name);
        assertThat(api().tournaments())
                .filteredOn(t -> t.id() == made.id())
                .extracting(Tournament::season)
                .containsExactly("2026/27");
    }

    @Test
    void aTeamAndAPlayerAreCreatedOnTheirScreens(FxRobot robot) {
        signIn(robot);
        String team = server.unique("Otters");
        String player = server.unique("A Otter");
        screen(3, "#teamMessage");
        ctrl(KeyCode.N);
        write(team);
        keys(KeyCode.ENTER);
        awaitMessage("#teamMessage", "Created team " + team);
        screen(4, "#playerMessage");
        ctrl(KeyCode.N);
        write(player);
        keys(KeyCode.ENTER);
        awaitMessage("#playerMessage", "Created player " + player);

        ApiClient api = api();
        assertThat(api.named(Registry.TEAMS)).extracting(TeamRef::name).contains(team);
        assertThat(api.named(Registry.PLAYERS)).extracting(TeamRef::name).contains(player);
    }

    @Test
    void aTeamAMatchUsesIsNotDeletedAndTheServersRefusalIsShownInWords(FxRobot robot) {
        MatchDetail match = api().match(server.newScorer().matchId());
        String home = match.teams().get(0).name();
        signIn(robot);
        screen(3, "#teamMessage");
        select("#teamList", (TeamRef t) -> t.name().equals(home));
        keys(KeyCode.DELETE);
        assertThat(text("#teamMessage")).contains("Press Delete again");
        keys(KeyCode.DELETE);
        String said = awaitMessage("#teamMessage", "the server refused");
        assertThat(said).contains("still used by a match");
        assertThat(api().named(Registry.TEAMS)).extracting(TeamRef::name).contains(home);
    }

    @Test
    void aPlayerIsAddedToATeamsSquadByTypingTheName(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Squad Cup"), null);
        TeamRef team = api.createNamed(Registry.TEAMS, server.unique("Herons"));
        TeamRef player = api.createNamed(Registry.PLAYERS, server.unique("B Heron"));
        signIn(robot);
        screen(5, "#squadMessage");
        choose("#squadTournament", (Tournament t) -> t.id() == cup.id());
        choose("#squadTeam", (TeamRef t) -> t.id() == team.id());
        awaitMessage("#squadMessage", "0 player(s)");
        focus("#squadFilter");
        write(player.name());
        keys(KeyCode.DOWN, KeyCode.ENTER);
        ctrl(KeyCode.S);
        awaitMessage("#squadMessage", "Saved");
        assertThat(api.squad(cup.id(), team.id()).players())
                .extracting(PlayerRef::name)
                .containsExactly(player.name());
    }

    @Test
    void playersPickedButNotYetSavedStayInTheSquadWhileAMissingPlayerIsMadeOnThePlayersScreen(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Visit Cup"), null);
        TeamRef team = api.createNamed(Registry.TEAMS, server.unique("Egrets"));
        TeamRef first = api.createNamed(Registry.PLAYERS, server.unique("A Egret"));
        String missing = server.unique("C Egret");
        signIn(robot);
        screen(5, "#squadMessage");
        choose("#squadTournament", (Tournament t) -> t.id() == cup.id());
        choose("#squadTeam", (TeamRef t) -> t.id() == team.id());
        awaitMessage("#squadMessage", "0 player(s)");
        focus("#squadFilter");
        write(first.name());
        keys(KeyCode.DOWN, KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<PlayerRef> chosen = robot.lookup("#squadChosen").queryAs(ListView.class);
        ConsoleDriver.waitFor(() -> chosen.getItems().size() == 1);

        screen(4, "#playerMessage");
        ctrl(KeyCode.N);
        write(missing);
        keys(KeyCode.ENTER);
        awaitMessage("#playerMessage", "Created player " + missing);
        screen(5, "#squadMessage");
        assertThat(chosen.getItems()).extracting(PlayerRef::name).containsExactly(first.name());
        assertThat(text("#squadMessage")).contains("not saved");

        focus("#squadFilter");
        write(missing);
        keys(KeyCode.DOWN, KeyCode.ENTER);
        ctrl(KeyCode.S);
        awaitMessage("#squadMessage", "Saved");
        assertThat(api.squad(cup.id(), team.id()).players())
                .extracting(PlayerRef::name)
                .containsExactly(first.name(), missing);
    }

    @Test
    void aFixtureIsCreatedThenItsVenueEdited(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Fixture Cup"), "2026");
        TeamRef home = api.createNamed(Registry.TEAMS, server.unique("Kites"));
        TeamRef away = api.createNamed(Registry.TEAMS, server.unique("Crows"));
        signIn(robot);
        screen(6, "#matchMessage");
        ctrl(KeyCode.N);
        choose("#fixtureTournament", (Tournament t) -> t.id() == cup.id());
        choose("#fixtureHome", (TeamRef t) -> t.id() == home.id());
        choose("#fixtureAway", (TeamRef t) -> t.id() == away.id());
        focus("#fixtureVenue");
        write("Lord's");
        keys(KeyCode.TAB);
        write("2026-07-01 13:30");
        keys(KeyCode.ENTER);
        awaitMessage("#matchMessage", "Created match");
        MatchSummary made = inCup(api, cup).get(0);
        assertThat(made.homeTeamId()).isEqualTo(home.id());
        assertThat(made.awayTeamId()).isEqualTo(away.id());
        assertThat(made.startTime()).isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));

        select("#matchList", (MatchSummary m) -> m.id() == made.id());
        keys(KeyCode.ENTER);
        awaitMessage("#matchMessage", "Editing");
        focus("#fixtureVenue");
        ctrl(KeyCode.A);
        write("The Rose Bowl");
        keys(KeyCode.ENTER);
        awaitMessage("#matchMessage", "Saved match " + made.id());
        assertThat(inCup(api, cup)).extracting(MatchSummary::venue).containsExactly("The Rose Bowl");
    }

    @Test
    void aFixturesOfficialsAreTypedInItsFormStoredByRoleAndShownWhenItIsOpenedAgain(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Officials Cup"), "2026");
        TeamRef home = api.createNamed(Registry.TEAMS, server.unique("Owls"));
        TeamRef away = api.createNamed(Registry.TEAMS, server.unique("Larks"));
        MatchSummary made = api.createMatch(new FixtureRequest(
                cup.id(), home.id(), away.id(), "Trent Bridge", Instant.parse("2026-08-01T10:00:00Z"), null));
        List<String> umpires = List.of(server.unique("Umpire"), server.unique("Umpire"));
        String referee = server.unique("Referee");
        signIn(robot);
        screen(6, "#matchMessage");
        select("#matchList", (MatchSummary m) -> m.id() == made.id());
        keys(KeyCode.ENTER);
        awaitMessage("#matchMessage", "Editing");
        focus("#fixtureUmpires");
        write(umpires.get(0) + ", " + umpires.get(1) + ",");
        focus("#fixtureMatchReferees");
        write(referee);
        keys(KeyCode.ENTER);
        awaitMessage("#matchMessage", "Saved match " + made.id());

        Officials stored = api.match(made.id()).officials();
        assertThat(stored.umpires()).as("a trailing comma names no one").containsExactlyElementsOf(umpires);
        assertThat(stored.matchReferees()).containsExactly(referee);
        assertThat(stored.tvUmpires()).isEmpty();
        assertThat(stored.reserveUmpires()).isEmpty();

        ctrl(KeyCode.N);
        awaitMessage("#matchMessage", "A new fixture");
        assertThat(text("#fixtureUmpires")).as("a new fixture starts with none").isEmpty();
        select("#matchList", (MatchSummary m) -> m.id() == made.id());
        keys(KeyCode.ENTER);
        awaitMessage("#matchMessage", "Editing");
        assertThat(text("#fixtureUmpires")).isEqualTo(umpires.get(0) + ", " + umpires.get(1));
        assertThat(text("#fixtureMatchReferees")).isEqualTo(referee);

        focus("#fixtureTvUmpires");
        write(" , ");
        focus("#fixtureReserveUmpires");
        write("x".repeat(201));
        keys(KeyCode.ENTER);
        String said = awaitMessage("#matchMessage", "the server refused");
        assertThat(said).contains("HTTP 400").contains("officials.reserveUmpires[0]");
        assertThat(api.match(made.id()).officials()).isEqualTo(stored);
    }

    @Test
    void aFixtureOfATeamAgainstItselfIsRefusedNamingTheFieldAndNothingIsStored(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Refusal Cup"), null);
        TeamRef side = api.createNamed(Registry.TEAMS, server.unique("Wrens"));
        signIn(robot);
        screen(6, "#matchMessage");
        ctrl(KeyCode.N);
        choose("#fixtureTournament", (Tournament t) -> t.id() == cup.id());
        choose("#fixtureHome", (TeamRef t) -> t.id() == side.id());
        choose("#fixtureAway", (TeamRef t) -> t.id() == side.id());
        focus("#fixtureVenue");
        write("Hove");
        keys(KeyCode.TAB);
        write("2026-07-02 11:00");
        keys(KeyCode.ENTER);
        String said = awaitMessage("#matchMessage", "the server refused");
        assertThat(said).contains("HTTP 400").contains("awayTeamId");
        assertThat(inCup(api, cup)).isEmpty();

        focus("#fixtureStart"); // a start the form cannot read is refused before the server is asked
        ctrl(KeyCode.A);
        write("next Tuesday");
        keys(KeyCode.ENTER);
        assertThat(awaitMessage("#matchMessage", "Start must be")).contains("next Tuesday");
    }

    @Test
    void aScorerIsAssignedToAMatchByTypingTheirName(FxRobot robot) {
        ApiClient api = api();
        RealServer.Scorer first = server.newScorer();
        String name = server.unique("relief").replace(' ', '-');
        User relief = api.createUser(name, RealServer.PASSWORD, cricket.api.Role.SCORER);
        signIn(robot);
        screen(7, "#scorerMessage");
        choose("#scorerMatch", (MatchSummary m) -> m.id() == first.matchId());
        awaitMessage("#scorerMessage", "1 scorer(s)");
        focus("#scorerFilter");
        write(relief.username());
        keys(KeyCode.DOWN, KeyCode.ENTER);
        ctrl(KeyCode.S);
        awaitMessage("#scorerMessage", "Saved");
        assertThat(api.scorers(first.matchId()))
                .extracting(User::username)
                .containsExactlyInAnyOrder(first.username(), relief.username());
    }

    @Test
    void aScorerPickedButNotYetSavedStaysWhileAMissingUserIsMadeOnTheUsersScreen(FxRobot robot) {
        ApiClient api = api();
        RealServer.Scorer first = server.newScorer();
        String missing = server.unique("stand-in").replace(' ', '-');
        signIn(robot);
        screen(7, "#scorerMessage");
        choose("#scorerMatch", (MatchSummary m) -> m.id() == first.matchId());
        awaitMessage("#scorerMessage", "1 scorer(s)");
        focus("#scorerChosen");
        robot.interact(() -> robot.lookup("#scorerChosen")
                .queryAs(ListView.class)
                .getSelectionModel()
                .select(0));
        keys(KeyCode.DELETE);
        @SuppressWarnings("unchecked")
        ListView<User> chosen = robot.lookup("#scorerChosen").queryAs(ListView.class);
        ConsoleDriver.waitFor(() -> chosen.getItems().isEmpty());

        screen(8, "#userMessage");
        ctrl(KeyCode.N);
        write(missing);
        keys(KeyCode.TAB);
        write(RealServer.PASSWORD);
        keys(KeyCode.ENTER);
        awaitMessage("#userMessage", "Created scorer " + missing);
        screen(7, "#scorerMessage");
        assertThat(chosen.getItems()).as("the scorer taken out stays out").isEmpty();
        assertThat(text("#scorerMessage")).contains("not saved");

        focus("#scorerFilter");
        write(missing);
        keys(KeyCode.DOWN, KeyCode.ENTER);
        ctrl(KeyCode.S);
        awaitMessage("#scorerMessage", "Saved");
        assertThat(api.scorers(first.matchId())).extracting(User::username).containsExactly(missing);
    }

    @Test
    void everyScreenIsReachedWithCtrlAndItsNumberAndShowsItsKeys(FxRobot robot) {
        signIn(robot);
        List<String> keyLines = List.of(
                "#adminKeys",
                "#tournamentKeys",
                "#teamKeys",
                "#playerKeys",
                "#squadKeys",
                "#matchKeys",
                "#scorerKeys",
                "#userKeys",
                "#cricsheetKeys");
        List<String> screens = List.of(
                "#fixtureView",
                "#tournamentsView",
                "#teamsView",
                "#playersView",
                "#squadsView",
                "#fixturesView",
                "#scorersView",
                "#usersView",
                "#cricsheetView");
        for (int n = 9; n >= 1; n--) {
            robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + n));
            int index = n - 1;
            ConsoleDriver.waitFor(() -> selectedTab() == index);
            assertThat(text(keyLines.get(index))).as("keys of screen %d", n).contains("·");
            assertFocusInside(screens.get(index));
        }
        assertThat(text("#adminKeys")).contains("Ctrl+9 Cricsheet");
    }

    private static List<MatchSummary> inCup(ApiClient api, Tournament cup) {
        return api.matches().stream().filter(m -> m.tournamentId() == cup.id()).toList();
    }
}

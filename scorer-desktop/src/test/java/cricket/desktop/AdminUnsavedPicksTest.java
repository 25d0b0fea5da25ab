package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.MatchSummary;
import cricket.api.PlayerRef;
import cricket.api.Role;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Picks not saved on the squads and scorers screens survive choosing another team, tournament or match, and go only
 * when the admin discards them, against the real server.
 */
@ExtendWith(ApplicationExtension.class)
class AdminUnsavedPicksTest extends AdminConsole {

    @Start
    void start(Stage window) {
        openAsAdmin(window);
    }

    @Test
    void squadPicksNotSavedAreKeptWhileAnotherTeamIsChosenAndSavedAndComeBackWithTheirTeam(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Draft Cup"), null);
        TeamRef herons = api.createNamed(Registry.TEAMS, server.unique("Herons"));
        TeamRef egrets = api.createNamed(Registry.TEAMS, server.unique("Egrets"));
        TeamRef heron = api.createNamed(Registry.PLAYERS, server.unique("A Heron"));
        TeamRef egret = api.createNamed(Registry.PLAYERS, server.unique("B Egret"));
        signIn(robot);
        screen(5, "#squadMessage");
        choose("#squadTournament", (Tournament t) -> t.id() == cup.id());
        choose("#squadTeam", (TeamRef t) -> t.id() == herons.id());
        awaitMessage("#squadMessage", herons.name() + " in " + cup.name() + ": 0 player(s)");
        pick("#squadFilter", heron.name());
        ConsoleDriver.waitFor(() -> chosen("#squadChosen").size() == 1);

        choose("#squadTeam", (TeamRef t) -> t.id() == egrets.id());
        awaitMessage("#squadMessage", egrets.name() + " in " + cup.name() + ": 0 player(s)");
        assertThat(chosen("#squadChosen")).isEmpty();
        assertThat(text("#squadDrafts")).contains(herons.name() + " in " + cup.name() + " (1)");
        pick("#squadFilter", egret.name());
        ctrl(KeyCode.S);
        awaitMessage("#squadMessage", "Saved: " + egrets.name());
        assertThat(api.squad(cup.id(), herons.id()).players())
                .as("saving the Egrets sends nothing of the Herons")
                .isEmpty();

        choose("#squadTeam", (TeamRef t) -> t.id() == herons.id());
        awaitMessage("#squadMessage", "not saved yet: 1 player(s)");
        assertThat(chosen("#squadChosen"))
                .extracting(o -> ((PlayerRef) o).name())
                .containsExactly(heron.name());
        assertThat(text("#squadDrafts")).isEmpty();
        ctrl(KeyCode.S);
        awaitMessage("#squadMessage", "Saved: " + herons.name());
        assertThat(api.squad(cup.id(), herons.id()).players())
                .extracting(PlayerRef::name)
                .containsExactly(heron.name());
        assertThat(api.squad(cup.id(), egrets.id()).players())
                .extracting(PlayerRef::name)
                .containsExactly(egret.name());
    }

    @Test
    void escTwiceDiscardsTheSquadPicksNotSavedAndTheSavedSquadComesBack(FxRobot robot) {
        ApiClient api = api();
        Tournament cup = api.createTournament(server.unique("Discard Cup"), null);
        Tournament other = api.createTournament(server.unique("Other Cup"), null);
        TeamRef team = api.createNamed(Registry.TEAMS, server.unique("Storks"));
        TeamRef kept = api.createNamed(Registry.PLAYERS, server.unique("A Stork"));
        TeamRef extra = api.createNamed(Registry.PLAYERS, server.unique("B Stork"));
        api.replaceSquad(cup.id(), team.id(), List.of(kept.id()));
        signIn(robot);
        screen(5, "#squadMessage");
        choose("#squadTournament", (Tournament t) -> t.id() == cup.id());
        choose("#squadTeam", (TeamRef t) -> t.id() == team.id());
        awaitMessage("#squadMessage", ": 1 player(s)");
        pick("#squadFilter", extra.name());
        ConsoleDriver.waitFor(() -> chosen("#squadChosen").size() == 2);

        keys(KeyCode.ESCAPE);
        awaitMessage("#squadMessage", "Esc again puts the saved squad back");
        assertThat(chosen("#squadChosen")).as("the first Esc only asks").hasSize(2);
        keys(KeyCode.ESCAPE);
        awaitMessage("#squadMessage", "Discarded");
        assertThat(chosen("#squadChosen"))
                .extracting(o -> ((PlayerRef) o).name())
                .containsExactly(kept.name());

        choose("#squadTournament", (Tournament t) -> t.id() == other.id());
        awaitMessage("#squadMessage", team.name() + " in " + other.name());
        assertThat(text("#squadDrafts")).as("nothing left unsaved").isEmpty();
        assertThat(api.squad(cup.id(), team.id()).players())
                .extracting(PlayerRef::name)
                .containsExactly(kept.name());
    }

    @Test
    void scorerPicksNotSavedAreKeptWhileAnotherMatchIsChosenAndComeBackWithTheirMatch(FxRobot robot) {
        ApiClient api = api();
        RealServer.Scorer first = server.newScorer();
        RealServer.Scorer second = server.newScorer();
        User relief = api.createUser(server.unique("relief").replace(' ', '-'), RealServer.PASSWORD, Role.SCORER);
        signIn(robot);
        screen(7, "#scorerMessage");
        choose("#scorerMatch", (MatchSummary m) -> m.id() == first.matchId());
        awaitMessage("#scorerMessage", "Match " + first.matchId() + " has 1 scorer(s)");
        pick("#scorerFilter", relief.username());
        ConsoleDriver.waitFor(() -> chosen("#scorerChosen").size() == 2);

        choose("#scorerMatch", (MatchSummary m) -> m.id() == second.matchId());
        awaitMessage("#scorerMessage", "Match " + second.matchId() + " has 1 scorer(s)");
        assertThat(text("#scorerDrafts")).contains("match " + first.matchId() + " ");
        assertThat(api.scorers(first.matchId())).extracting(User::username).containsExactly(first.username());

        choose("#scorerMatch", (MatchSummary m) -> m.id() == first.matchId());
        awaitMessage("#scorerMessage", "not saved yet: 2");
        ctrl(KeyCode.S);
        awaitMessage("#scorerMessage", "Saved: match " + first.matchId());
        assertThat(api.scorers(first.matchId()))
                .extracting(User::username)
                .containsExactlyInAnyOrder(first.username(), relief.username());
        assertThat(api.scorers(second.matchId())).extracting(User::username).containsExactly(second.username());
    }

    /** Types {@code name} in the filter, Down to the list of those not chosen, Enter adds the first. */
    private void pick(String filter, String name) {
        focus(filter);
        robot.interact(() -> robot.lookup(filter).queryTextInputControl().clear());
        write(name);
        keys(KeyCode.DOWN, KeyCode.ENTER);
    }

    private List<?> chosen(String id) {
        return List.copyOf(robot.lookup(id).queryAs(ListView.class).getItems());
    }
}

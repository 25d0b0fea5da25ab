package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.MatchSummary;
import cricket.api.Role;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.ApiException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The admin's users screen and the Cricsheet import and export, against the real server. */
@ExtendWith(ApplicationExtension.class)
class AdminUsersAndCricsheetTest extends AdminConsole {
    static final String MATCH = "/cricsheet/1082591.json";

    @TempDir
    Path files;

    @Start
    void start(Stage window) {
        openAsAdmin(window);
    }

    @Test
    void aUserIsCreatedAndTheirPasswordResetSoOnlyTheNewOneSignsIn(FxRobot robot) {
        String name = server.unique("umpire").replace(' ', '-');
        signIn(robot);
        screen(8, "#userMessage");
        ctrl(KeyCode.N);
        write(name);
        keys(KeyCode.TAB);
        write("first-password-1");
        keys(KeyCode.ENTER);
        awaitMessage("#userMessage", "Created scorer " + name);
        assertThat(new ApiClient(server.url()).login(name, "first-password-1").role())
                .isEqualTo(Role.SCORER);

        select("#userList", (User u) -> u.username().equals(name));
        keys(KeyCode.ENTER, KeyCode.TAB);
        write("second-password-2");
        ctrl(KeyCode.R);
        awaitMessage("#userMessage", "New password set for " + name);
        assertThatThrownBy(() -> new ApiClient(server.url()).login(name, "first-password-1"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status())
                .isEqualTo(401);
        assertThat(new ApiClient(server.url()).login(name, "second-password-2").username())
                .isEqualTo(name);
    }

    @Test
    void aPickedUsersNameIsShownNotEditedUntilCtrlNStartsANewUser(FxRobot robot) {
        String name = server.unique("reader").replace(' ', '-');
        api().createUser(name, RealServer.PASSWORD, Role.SCORER);
        signIn(robot);
        screen(8, "#userMessage");
        select("#userList", (User u) -> u.username().equals(name));
        keys(KeyCode.ENTER);
        awaitMessage("#userMessage", name + ": type a new password");
        write("-renamed"); // the keyboard is on the name field
        assertThat(text("#userName")).as("the screen sends no new name").isEqualTo(name);
        assertThat(robot.lookup("#userRole").query().isDisabled())
                .as("a new role it does send (Ctrl+G)")
                .isFalse();

        ctrl(KeyCode.N);
        awaitMessage("#userMessage", "A new user");
        write("fresh-user");
        assertThat(text("#userName")).isEqualTo("fresh-user");
        assertThat(robot.lookup("#userRole").query().isDisabled()).isFalse();
    }

    @Test
    void aDisabledUserIsSignedOutAndCannotSignInAgain(FxRobot robot) {
        String name = server.unique("retired").replace(' ', '-');
        api().createUser(name, RealServer.PASSWORD, Role.SCORER);
        ApiClient theirs = new ApiClient(server.url());
        theirs.login(name, RealServer.PASSWORD);
        assertThat(theirs.myMatches()).isEmpty();
        signIn(robot);
        screen(8, "#userMessage");
        select("#userList", (User u) -> u.username().equals(name));
        keys(KeyCode.ENTER);
        ctrl(KeyCode.D);
        awaitMessage("#userMessage", name + " is disabled");

        assertThatThrownBy(theirs::myMatches)
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status())
                .isEqualTo(401);
        assertThatThrownBy(() -> new ApiClient(server.url()).login(name, RealServer.PASSWORD))
                .hasMessageContaining("disabled");
        @SuppressWarnings("unchecked")
        ListView<User> list = robot.lookup("#userList").queryAs(ListView.class);
        ConsoleDriver.waitFor(
                () -> list.getItems().stream().anyMatch(u -> u.username().equals(name) && u.disabled()));
    }

    @Test
    void twoFilesAreImportedOneRefusedWithItsReasonAndTheOtherBecomesAMatch(FxRobot robot) throws Exception {
        Path good = files.resolve("t" + System.nanoTime() + "-1082591.json");
        Files.write(good, resource());
        Path bad = files.resolve("broken-" + System.nanoTime() + ".json");
        Files.writeString(bad, "{\"info\": {\"teams\": []}}");
        int before = api().matches().size();
        signIn(robot);
        screen(9, "#cricsheetMessage");
        focus("#importPath");
        write(good.toString());
        keys(KeyCode.ENTER);
        write(bad.toString());
        keys(KeyCode.ENTER);
        ctrl(KeyCode.I);
        awaitMessage("#cricsheetMessage", "Imported 1 of 2 file(s); 1 refused");

        @SuppressWarnings("unchecked")
        List<String> outcomes = List.copyOf(
                robot.lookup("#importOutcomes").queryAs(ListView.class).getItems());
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0))
                .startsWith(good.getFileName() + ": imported as match")
                .contains("Sunrisers Hyderabad v Royal Challengers Bangalore");
        assertThat(outcomes.get(1)).startsWith(bad.getFileName() + ": refused (HTTP 400) — ");
        assertThat(outcomes.get(1).substring(outcomes.get(1).indexOf("— ") + 2)).hasSizeGreaterThan(10);
        assertThat(robot.lookup("#importProgress").queryAs(ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(api().matches()).hasSize(before + 1);
    }

    @Test
    void aMatchIsExportedToTheChosenFileAsTheServersCricsheetJson(FxRobot robot) throws Exception {
        ApiClient api = api();
        long id = api.importCricsheet(resource(), "e" + System.nanoTime() + "-1082591.json")
                .matchId();
        Path target = files.resolve("exported.json");
        signIn(robot);
        screen(9, "#cricsheetMessage");
        choose("#exportMatch", (MatchSummary m) -> m.id() == id);
        focus("#exportPath");
        ctrl(KeyCode.A);
        write(target.toString());
        ctrl(KeyCode.S);
        awaitMessage("#cricsheetMessage", "Saved match " + id);

        byte[] saved = Files.readAllBytes(target);
        assertThat(saved).isEqualTo(api.exportCricsheet(id));
        JsonNode exported = JSON.readTree(saved);
        JsonNode original = JSON.readTree(new String(resource(), StandardCharsets.UTF_8));
        assertThat(exported.at("/info/teams")).isEqualTo(original.at("/info/teams"));
        assertThat(exported.at("/innings/1/overs").size())
                .isEqualTo(original.at("/innings/1/overs").size());
    }

    private static byte[] resource() throws Exception {
        try (InputStream in = AdminUsersAndCricsheetTest.class.getResourceAsStream(MATCH)) {
            return in.readAllBytes();
        }
    }
}

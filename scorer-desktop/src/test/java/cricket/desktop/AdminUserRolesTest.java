package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import cricket.server.embedded.EmbeddedServices;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A picked user's role changed on the users screen with the keyboard. The class has a server of its own, so that a
 * test may leave its admin the last enabled one without touching the admins of the run's shared server.
 */
@ExtendWith(ApplicationExtension.class)
class AdminUserRolesTest extends AdminConsole {
    private static RealServer own;

    /** Hides {@link RealServerConsole#startServer()}: this class needs no shared server. */
    @BeforeAll
    static void startServer() {
        Path folder = Path.of("target", "embedded-admin-roles");
        EmbeddedServices.deleteData(folder);
        own = new RealServer(folder);
    }

    @AfterAll
    static void stopServer() {
        own.close();
    }

    @Start
    void start(Stage window) {
        openAsAdmin(window, own);
    }

    @Test
    void aScorerPickedInTheListIsMadeAnAdminWithCtrlG(FxRobot robot) {
        String name = server.unique("captain").replace(' ', '-');
        User user = api().createUser(name, RealServer.PASSWORD, Role.SCORER);
        signIn(robot);
        screen(8, "#userMessage");
        pickAndChooseRole(user, Role.ADMIN);
        ctrl(KeyCode.G);
        awaitMessage("#userMessage", name + " is an admin now");

        assertThat(roleOnServer(user.id())).isEqualTo(Role.ADMIN);
        assertThat(new ApiClient(server.url()).login(name, RealServer.PASSWORD).role())
                .isEqualTo(Role.ADMIN);
        ListView<User> list = users();
        ConsoleDriver.waitFor(
                () -> list.getItems().stream().anyMatch(u -> u.id() == user.id() && u.role() == Role.ADMIN));
    }

    @Test
    void theLastEnabledAdminMakingThemselfAScorerIsAskedThenRefusedInTheServersWords(FxRobot robot) {
        ApiClient api = api();
        long self = api.session().userId();
        for (User other : api.users()) {
            if (other.id() != self && other.role() == Role.ADMIN && !other.disabled()) {
                api.setDisabled(other.id(), true); // only enabled admins count as one who could make another
            }
        }
        signIn(robot);
        screen(8, "#userMessage");
        pickAndChooseRole(userNamed(admin), Role.SCORER);
        ctrl(KeyCode.G);
        awaitMessage("#userMessage", "Press Ctrl+G again to go ahead");
        assertThat(roleOnServer(self)).as("the first Ctrl+G only asks").isEqualTo(Role.ADMIN);

        ctrl(KeyCode.G);
        String said = awaitMessage("#userMessage", "the server refused (HTTP 409)");
        assertThat(said).contains("last admin");
        assertThat(roleOnServer(self)).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdminMakesThemselfAScorerOnlyOnTheSecondCtrlGWhenAnotherAdminRemains(FxRobot robot) {
        ApiClient api = api();
        long self = api.session().userId();
        server.newAdmin();
        signIn(robot);
        screen(8, "#userMessage");
        pickAndChooseRole(userNamed(admin), Role.SCORER);
        ctrl(KeyCode.G);
        awaitMessage("#userMessage", "you lose these screens");
        assertThat(roleOnServer(self)).isEqualTo(Role.ADMIN);

        ctrl(KeyCode.G);
        awaitMessage("#userMessage", "You are a scorer now");
        assertThat(new ApiClient(server.url()).login(admin, RealServer.PASSWORD).role())
                .isEqualTo(Role.SCORER);
    }

    /** Picks {@code user} in the list (Enter), then Tab to the role and the arrow keys to {@code role}. */
    private void pickAndChooseRole(User user, Role role) {
        select("#userList", (User u) -> u.id() == user.id());
        keys(KeyCode.ENTER);
        awaitMessage("#userMessage", user.username() + ": type a new password");
        keys(KeyCode.TAB, KeyCode.TAB);
        keys(role.ordinal() < user.role().ordinal() ? KeyCode.UP : KeyCode.DOWN);
        assertThat(robot.lookup("#userRole").queryComboBox().getValue()).isEqualTo(role);
    }

    private User userNamed(String name) {
        return api().users().stream()
                .filter(u -> u.username().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Role roleOnServer(long id) {
        return api().users().stream()
                .filter(u -> u.id() == id)
                .findFirst()
                .orElseThrow()
                .role();
    }

    @SuppressWarnings("unchecked")
    private ListView<User> users() {
        return robot.lookup("#userList").queryAs(ListView.class);
    }
}

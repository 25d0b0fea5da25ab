package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.desktop.client.ApiClient;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the admin screens' tests share: a console signed in as a fresh admin against the run's real server, the keys
 * an admin presses, and a signed-in client to arrange and check what the server holds.
 */
abstract class AdminConsole extends RealServerConsole {
    String admin;
    FxRobot robot;

    void openAsAdmin(Stage window) {
        openAsAdmin(window, RealServer.shared());
    }

    /** As {@link #openAsAdmin(Stage)}, on server {@code on} (one of the test class's own, say). */
    void openAsAdmin(Stage window, RealServer on) {
        server = on;
        admin = server.newAdmin();
        stage = window;
        dataDir = data.resolve("admin-" + System.nanoTime());
        console = new ScorerConsole(new DesktopConfig(server.url(), dataDir, admin));
        console.start(stage);
    }

    /** Signs in with the keyboard (the user name is offered; the focus is on the password). */
    void signIn(FxRobot robot) {
        this.robot = robot;
        ConsoleDriver.waitFor(() -> present("#passwordField"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(RealServer.PASSWORD).type(KeyCode.ENTER);
        ConsoleDriver.waitFor(() -> present("#adminTabs"), () -> text("#loginError"));
    }

    /** The admin's client for arranging a test and reading what the server holds. */
    ApiClient api() {
        ApiClient api = new ApiClient(server.url());
        api.login(admin, RealServer.PASSWORD);
        return api;
    }

    /** Ctrl (the shortcut key on Linux) with {@code key}. */
    void ctrl(KeyCode key) {
        robot.push(KeyCode.CONTROL, key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Goes to screen {@code n} (Ctrl+n) and waits for its first load. */
    void screen(int n, String messageId) {
        robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + n));
        ConsoleDriver.waitFor(() -> selectedTab() == n - 1);
        ConsoleDriver.waitFor(() -> present(messageId) && !text(messageId).endsWith("…"), () -> text(messageId));
    }

    int selectedTab() {
        return robot.lookup("#adminTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .getSelectedIndex();
    }

    void write(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text);
    }

    void keys(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the screen's message line to say something containing {@code words}; returns it. */
    String awaitMessage(String id, String words) {
        ConsoleDriver.waitFor(() -> text(id).contains(words), () -> "; it says: " + text(id));
        return text(id);
    }

    String text(String id) {
        return robot.lookup(id)
                .tryQuery()
                .map(n -> n instanceof Labeled l ? l.getText() : n instanceof TextField f ? f.getText() : "")
                .orElse("");
    }

    boolean present(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    /** Selects the first row of list {@code id} that {@code which} accepts and puts the keyboard on the list. */
    <T> T select(String id, Predicate<T> which) {
        @SuppressWarnings("unchecked")
        ListView<T> list = robot.lookup(id).queryAs(ListView.class);
        ConsoleDriver.waitFor(() -> list.getItems().stream().anyMatch(which));
        T row = list.getItems().stream().filter(which).findFirst().orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(row);
            list.scrollTo(row);
            list.requestFocus();
        });
        return row;
    }

    /** Picks the entry {@code which} accepts in drop-down {@code id} (as the arrow keys would reach it). */
    <T> T choose(String id, Predicate<T> which) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        ConsoleDriver.waitFor(() -> box.getItems().stream().anyMatch(which));
        T item = box.getItems().stream().filter(which).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(item));
        return item;
    }

    void focus(String id) {
        Node node = robot.lookup(id).query();
        robot.interact(node::requestFocus);
    }

    void assertFocusInside(String id) {
        Node screen = robot.lookup(id).query();
        ConsoleDriver.waitFor(() -> {
            Node owner = stage.getScene().getFocusOwner();
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n == screen) {
                    return true;
                }
            }
            return false;
        });
        assertThat(stage.getScene().getFocusOwner()).isNotNull();
    }
}

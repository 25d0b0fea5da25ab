package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scorer picks the light or the dark theme; the console shows it at once and remembers it at the next start. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    @TempDir
    Path dataDir;

    private Stage stage;
    private ScorerConsole console;

    @Start
    void start(Stage window) {
        stage = window;
        // No server is needed to choose a theme: the sign-in screen is enough.
        console = new ScorerConsole(new DesktopConfig("http://127.0.0.1:9", dataDir, "scorer"));
        console.start(window);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            console.close();
            Theme.LIGHT.apply(); // the next test class starts in the default look
        });
    }

    @Test
    void ctrlShiftDSwitchesToTheDarkThemeAndTheNextStartRemembersIt(FxRobot robot) throws Exception {
        assertThat(console.theme()).as("the first start").isEqualTo(Theme.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.stylesheet());

        robot.clickOn("#passwordField").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        robot.release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(console.theme()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet());
        assertThat(darkItem(robot).isSelected())
                .as("the View menu shows the choice")
                .isTrue();
        assertThat(robot.lookup("#passwordField").queryTextInputControl().getText())
                .as("the keys went to the window, not into the field")
                .isEmpty();
        assertThat(Files.readString(dataDir.resolve(ConsoleSettings.FILE))).contains("theme=dark");

        robot.interact(() -> {
            console.close();
            Theme.LIGHT.apply(); // so the restart has to read the file to be dark
            console = new ScorerConsole(new DesktopConfig("http://127.0.0.1:9", dataDir, "scorer"));
            console.start(stage);
        });
        assertThat(console.theme()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet());
        assertThat(darkItem(robot).isSelected()).isTrue();
    }

    @Test
    void theViewMenuChoosesTheLightThemeBackAndItIsSaved(FxRobot robot) throws Exception {
        robot.interact(console::switchTheme);
        assertThat(console.theme()).isEqualTo(Theme.DARK);

        RadioMenuItem light = (RadioMenuItem) menuBar(robot).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "lightThemeItem".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(light::fire);

        assertThat(console.theme()).isEqualTo(Theme.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.stylesheet());
        assertThat(Files.readString(dataDir.resolve(ConsoleSettings.FILE))).contains("theme=light");
        assertThat(new ConsoleSettings(dataDir).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void anUnreadableSettingsFileIsTheLightTheme() throws Exception {
        Files.writeString(dataDir.resolve(ConsoleSettings.FILE), "theme=purple\n");
        assertThat(new ConsoleSettings(dataDir).theme()).isEqualTo(Theme.LIGHT);
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class);
    }

    private static RadioMenuItem darkItem(FxRobot robot) {
        return (RadioMenuItem) menuBar(robot).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "darkThemeItem".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }
}

package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new admin reads on the admin screens at the console's size: every tab's title. */
@ExtendWith(ApplicationExtension.class)
class AdminLayoutTest extends AdminConsole {

    @Start
    void start(Stage window) {
        openAsAdmin(window);
    }

    @Test
    void everyTabsTitleStaysInSightWhicheverScreenIsShown(FxRobot robot) {
        signIn(robot);
        TabPane tabs = robot.lookup("#adminTabs").queryAs(TabPane.class);
        for (int n = 9; n >= 1; n--) {
            screen(n, messageOf(n));
            WaitForAsyncUtils.waitForFxEvents();
            double width = stage.getScene().getWidth();
            for (Node header : tabs.lookupAll(".tab")) {
                Bounds seen = header.localToScene(header.getLayoutBounds());
                assertThat(seen.getMinX())
                        .as("left of a tab's title on screen %d", n)
                        .isGreaterThanOrEqualTo(0);
                assertThat(seen.getMaxX())
                        .as("right of a tab's title on screen %d", n)
                        .isLessThanOrEqualTo(width);
            }
        }
        for (Tab tab : tabs.getTabs()) {
            assertThat(text("#adminKeys")).contains(tab.getText());
        }
    }

    private static String messageOf(int screen) {
        return new String[] {
                    "#fixtureMessage",
                    "#tournamentMessage",
                    "#teamMessage",
                    "#playerMessage",
                    "#squadMessage",
                    "#matchMessage",
                    "#scorerMessage",
                    "#userMessage",
                    "#cricsheetMessage"
                }
                [screen - 1];
    }
}

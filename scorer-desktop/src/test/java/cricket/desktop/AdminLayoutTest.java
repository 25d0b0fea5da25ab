package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new admin reads on the admin screens at the console's size: every tab's title, every label whole. */
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

    @Test
    void theLabelsBesideTheDropDownsReadWholeAndLevelWithThem(FxRobot robot) throws Exception {
        // A match with a long name (teams, tournament and ground), which widens the scorers' drop-down.
        try (InputStream match = getClass().getResourceAsStream(AdminUsersAndCricsheetTest.MATCH)) {
            api().importCricsheet(match.readAllBytes(), "labels-" + System.nanoTime() + ".json");
        }
        signIn(robot);
        screen(7, "#scorerMessage");
        assertWholeAndLevel("#scorerMatchLabel", "#scorerMatch");
        screen(5, "#squadMessage");
        assertWholeAndLevel("#squadTournamentLabel", "#squadTournament");
        assertWholeAndLevel("#squadTeamLabel", "#squadTeam");
    }

    private void assertWholeAndLevel(String labelId, String fieldId) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup(labelId).queryAs(Label.class);
        Text shown = (Text) label.lookup(".text");
        assertThat(shown.getText()).as(labelId).isEqualTo(label.getText());
        Node field = robot.lookup(fieldId).query();
        Bounds labelSeen = label.localToScene(label.getLayoutBounds());
        Bounds fieldSeen = field.localToScene(field.getLayoutBounds());
        assertThat(labelSeen.getCenterY())
                .as("%s level with %s", labelId, fieldId)
                .isBetween(fieldSeen.getCenterY() - 2, fieldSeen.getCenterY() + 2);
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

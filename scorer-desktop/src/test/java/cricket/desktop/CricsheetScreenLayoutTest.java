package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Cricsheet screen reads whole at the console's size and in a smaller window: no label cut, no list squashed. */
@ExtendWith(ApplicationExtension.class)
class CricsheetScreenLayoutTest extends AdminConsole {
    private static final int PICKED = 3;

    @TempDir
    Path files;

    @Start
    void start(Stage window) {
        openAsAdmin(window);
    }

    @Test
    void theLabelsReadWholeAndThePickedFilesShowSeveralRowsInALargeAndASmallWindow(FxRobot robot) throws Exception {
        // A match with a long name (teams, tournament and ground), which would widen the export's drop-down.
        try (InputStream match = getClass().getResourceAsStream(AdminUsersAndCricsheetTest.MATCH)) {
            api().importCricsheet(match.readAllBytes(), "layout-" + System.nanoTime() + ".json");
        }
        signIn(robot);
        screen(9, "#cricsheetMessage");
        focus("#importPath");
        for (int i = 1; i <= PICKED; i++) {
            Path file = files.resolve("picked-" + i + ".json");
            Files.writeString(file, "{}");
            write(file.toString());
            keys(KeyCode.ENTER);
        }
        awaitMessage("#cricsheetMessage", PICKED + " file(s) to import");

        assertReadsWhole("at the console's size");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getHeight()).isLessThan(650);
        assertReadsWhole("in a 1024x600 window");
    }

    private void assertReadsWhole(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#exportMatchLabel", "#exportPathLabel", "#importProgressLabel"}) {
            Label label = robot.lookup(id).queryAs(Label.class);
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as("%s %s", id, where).isEqualTo(label.getText());
            assertThat(label.getWidth()).as("%s %s", id, where).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
        @SuppressWarnings("unchecked")
        ListView<Path> picked = robot.lookup("#importFiles").queryAs(ListView.class);
        double row = picked.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && !cell.isEmpty())
                .mapToDouble(n -> ((Node) n).getLayoutBounds().getHeight())
                .max()
                .orElseThrow();
        assertThat(picked.getHeight()).as("picked files %s", where).isGreaterThanOrEqualTo(PICKED * row);
    }
}

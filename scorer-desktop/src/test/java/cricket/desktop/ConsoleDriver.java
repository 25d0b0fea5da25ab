package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The steps a scorer takes, as TestFX robot actions on the real screens (#id lookups). */
final class ConsoleDriver {
    private final FxRobot robot;

    ConsoleDriver(FxRobot robot) {
        this.robot = robot;
    }

    static void waitFor(BooleanSupplier condition) {
        waitFor(condition, () -> "");
    }

    static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> why) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s " + why.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String id) {
        return robot.lookup(id)
                .tryQuery()
                .map(n -> n instanceof javafx.scene.control.Labeled l ? id + "=" + l.getText() : id)
                .orElse(id + " absent");
    }

    private boolean present(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    /** Picks {@code value} in the form's drop-down {@code id}, as a click on the list entry would. */
    <T> void choose(String id, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    @SuppressWarnings("unchecked")
    <T> List<T> choices(String id) {
        return List.copyOf(robot.lookup(id).queryAs(ComboBox.class).getItems());
    }

    /** Replaces the text of field {@code id} with {@code value}, typed. */
    void fill(String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(value);
    }

    /** Presses the form's OK and waits for the pad or the next form to replace it. */
    void ok(String form) {
        robot.clickOn("#" + form + "Ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void awaitNode(String id) {
        waitFor(() -> present(id), () -> text("#messageLabel"));
    }

    void keys(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
    }

    /** Signs in, opens the first fixture, starts the match with the defaults and the innings with the openers. */
    void signInSetUpAndOpen(String password) {
        signInAndOpen(password);
        if (present("#setupView")) {
            robot.clickOn("#startMatchButton");
        }
        waitFor(() -> present("#inningsForm") || present("#padPane"), () -> text("#setupError"));
        if (present("#inningsForm")) {
            robot.clickOn("#inningsOk");
        }
        waitFor(() -> present("#padPane"));
    }

    /** Signs in and opens the first fixture: the setup screen or the scoring screen follows. */
    void signInAndOpen(String password) {
        // Pasted rather than typed key by key (the wrong-password test types it): a second saved per test.
        TextField field = robot.lookup("#passwordField").queryAs(TextField.class);
        robot.interact(() -> field.setText(password));
        robot.clickOn(field).type(KeyCode.ENTER);
        waitFor(() -> present("#fixtureList")
                && !robot.lookup("#fixtureList")
                        .queryAs(ListView.class)
                        .getItems()
                        .isEmpty());
        robot.clickOn("#openButton");
        waitFor(() -> present("#setupView") || present("#scoringView"));
    }

    /**
     * One over: 1, wide, no-ball + 2, FOUR, 6 then undo it, dot, caught (new batter), 1, dot; then the first ball is
     * edited from 1 to 2 runs.
     */
    void over() {
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.W).type(KeyCode.DIGIT0);
        robot.type(KeyCode.N).type(KeyCode.DIGIT2);
        robot.type(KeyCode.DIGIT4);
        robot.type(KeyCode.DIGIT6).type(KeyCode.U);
        robot.type(KeyCode.DIGIT0);
        robot.type(KeyCode.X);
        waitFor(() -> present("#wicketForm"));
        robot.clickOn("#fielderChoice").write("T Player3");
        robot.clickOn("#wicketOk");
        waitFor(() -> present("#batterForm"));
        robot.clickOn("#batterOk");
        waitFor(() -> present("#padPane"));
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT0);
        waitFor(() -> present("#bowlerForm"));
        robot.clickOn("#bowlerOk");
        waitFor(() -> present("#padPane"));

        ListView<?> balls = robot.lookup("#ballList").queryAs(ListView.class);
        assertThat(balls.getItems()).hasSize(8);
        robot.interact(() -> balls.getSelectionModel().select(0));
        robot.clickOn("#editBallButton");
        waitFor(() -> present("#editForm"));
        TextField runs = robot.lookup("#editRuns").queryAs(TextField.class);
        robot.doubleClickOn(runs).eraseText(2).write("2");
        robot.clickOn("#editOk");
        waitFor(() -> present("#padPane"));
    }
}

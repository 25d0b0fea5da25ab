package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT0;
import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT4;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.ClosureReason;
import cricket.scoring.DismissalKind;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchState;
import cricket.scoring.NextAction;
import cricket.scoring.RetirementKind;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pad's less common flows, each driven through the real screens and checked against what the real server then
 * holds: bowler change, new batter, penalty, retirement, declaration, revised target, commentary.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringFlowsTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    private MatchState state() {
        return console.scoring().state();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    private static InningsCard lastInnings(MatchState state) {
        return state.scorecard().innings().get(state.scorecard().innings().size() - 1);
    }

    @Test
    void theLastOversBowlerIsNotOfferedNorAcceptedAndAWicketOffersOnlyBattersNeitherOutNorIn(FxRobot robot)
            throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        String opener = state().bowler().orElseThrow();

        driver.keys(DIGIT0, DIGIT0, DIGIT0, DIGIT0, DIGIT0, DIGIT0);
        driver.awaitNode("#bowlerForm");
        assertThat(driver.<String>choices("#bowlerChoice")).hasSize(10).doesNotContain(opener);

        driver.choose("#bowlerChoice", opener);
        driver.ok("bowler");
        assertThat(robot.lookup("#bowlerForm").tryQuery())
                .as("the form stays open")
                .isPresent();
        assertThat(message(robot)).contains(opener);
        assertThat(state().next()).isEqualTo(NextAction.NEW_BOWLER);

        String second = driver.<String>choices("#bowlerChoice").get(1);
        driver.choose("#bowlerChoice", second);
        driver.ok("bowler");
        driver.awaitNode("#padPane");
        driver.keys(DIGIT1);

        assertThat(state().bowler()).contains(second);
        assertThat(lastInnings(state()).bowling()).extracting(BowlingLine::name).containsExactly(opener, second);

        String striker = state().striker().orElseThrow();
        String nonStriker = state().nonStriker().orElseThrow();

        driver.keys(KeyCode.X);
        driver.awaitNode("#wicketForm");
        driver.ok("wicket");
        driver.awaitNode("#batterForm");
        assertThat(driver.<String>choices("#batterChoice")).hasSize(9).doesNotContain(striker, nonStriker);
        String incoming = driver.<String>choices("#batterChoice").get(3);
        driver.choose("#batterChoice", incoming);
        driver.ok("batter");
        driver.awaitNode("#padPane");

        assertThat(state().striker()).contains(incoming);
        assertThat(state().nonStriker()).contains(nonStriker);
        assertThat(lastInnings(state()).batting())
                .filteredOn(BattingLine::out)
                .extracting(BattingLine::name)
                .containsExactly(striker);
        serverAgrees();
    }

    @Test
    void penaltyRunsARetirementHurtARunOutAndCommentaryAreRecordedAndReachTheServer(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);

        driver.keys(KeyCode.P);
        driver.awaitNode("#penaltyForm");
        driver.fill("#penaltyReason", "ball struck the helmet on the ground");
        driver.ok("penalty");
        driver.awaitNode("#padPane");
        assertThat(state().liveScore().runs()).isEqualTo(1 + 5);

        String retiring = state().striker().orElseThrow();
        driver.keys(KeyCode.R);
        driver.awaitNode("#retireForm");
        driver.choose("#retireBatter", retiring);
        driver.choose("#retireKind", RetirementKind.HURT);
        driver.ok("retire");
        driver.awaitNode("#batterForm");
        assertThat(driver.<String>choices("#batterChoice"))
                .as("one yet to bat is offered first; the retired batter may resume, so comes last")
                .hasSize(10)
                .endsWith(retiring)
                .first()
                .isNotEqualTo(retiring);
        driver.ok("batter");
        driver.awaitNode("#padPane");

        assertThat(lastInnings(state()).batting())
                .filteredOn(b -> b.name().equals(retiring))
                .singleElement()
                .satisfies(b -> assertThat(b.dismissal()).containsIgnoringCase("retired"));

        String nonStriker = state().nonStriker().orElseThrow();
        int before = state().liveScore().runs();
        driver.keys(KeyCode.X);
        driver.awaitNode("#wicketForm");
        driver.choose("#wicketKind", DismissalKind.RUN_OUT);
        driver.choose("#playerOut", nonStriker);
        driver.choose("#fielderChoice", driver.<String>choices("#fielderChoice").get(2));
        driver.fill("#runsCompleted", "1");
        driver.ok("wicket");
        driver.awaitNode("#batterForm");
        driver.ok("batter");
        driver.awaitNode("#padPane");
        assertThat(state().liveScore().runs()).as("the run completed counts").isEqualTo(before + 1);
        assertThat(lastInnings(state()).batting())
                .filteredOn(b -> b.name().equals(nonStriker))
                .singleElement()
                .satisfies(b -> assertThat(b.dismissal()).startsWith("run out"));

        driver.keys(KeyCode.C);
        robot.write("Edged, dropped at second slip").type(KeyCode.ENTER);
        driver.keys(DIGIT4);

        ConsoleDriver.waitFor(() -> unsent() == 0);
        assertThat(state().balls().get(state().balls().size() - 1).delivery().commentary())
                .isEqualTo("Edged, dropped at second slip");
        assertThat(serverCommentary()).contains("Edged, dropped at second slip");
        serverAgrees();
    }

    @Test
    void aSwapAMidOverBowlerChangeADeclarationAndARevisedTargetAllReachTheServer(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        String nonStriker = state().nonStriker().orElseThrow();
        driver.keys(KeyCode.S, DIGIT4);
        assertThat(state().balls().get(0).delivery().batter())
                .as("S: the non-striker faced")
                .isEqualTo(nonStriker);

        driver.keys(KeyCode.O);
        driver.awaitNode("#bowlerForm");
        String relief = driver.<String>choices("#bowlerChoice").get(5);
        driver.choose("#bowlerChoice", relief);
        driver.ok("bowler");
        driver.awaitNode("#padPane");
        driver.keys(DIGIT1);
        assertThat(state().balls().get(1).delivery().bowler()).isEqualTo(relief);

        driver.keys(KeyCode.E);
        driver.awaitNode("#closeForm");
        driver.choose("#closeReason", ClosureReason.DECLARED);
        driver.ok("close");
        driver.awaitNode("#inningsForm");
        driver.ok("innings");
        driver.awaitNode("#padPane");
        assertThat(state().scorecard().innings()).hasSize(2);
        assertThat(robot.lookup("#targetLabel").queryAs(Label.class).getText()).contains("Target 6");

        driver.keys(KeyCode.T);
        driver.awaitNode("#targetForm");
        driver.fill("#targetRuns", "4");
        driver.fill("#targetOvers", "5");
        driver.ok("target");
        driver.awaitNode("#padPane");
        driver.keys(DIGIT1);

        assertThat(state().liveScore().target().runs()).isEqualTo(4);
        assertThat(robot.lookup("#targetLabel").queryAs(Label.class).getText()).contains("Target 4");
        serverAgrees();
    }

    @Test
    void playAbandonedInTheChaseIsDecidedOnTheParScoreFromTheSheet(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT4, DIGIT1);
        driver.keys(KeyCode.E);
        driver.awaitNode("#closeForm");
        driver.choose("#closeReason", ClosureReason.DECLARED);
        driver.ok("close");
        driver.awaitNode("#inningsForm");
        driver.ok("innings");
        driver.awaitNode("#padPane");
        driver.keys(DIGIT4, DIGIT1);
        String chasing = lastInnings(state()).battingTeam();

        driver.keys(KeyCode.T);
        driver.awaitNode("#targetForm");
        driver.fill("#targetRuns", "3");
        robot.clickOn("#targetAbandoned");
        driver.ok("target");

        ConsoleDriver.waitFor(() -> state().result().isPresent());
        assertThat(state().result().orElseThrow().text()).isEqualTo(chasing + " won by 2 runs (DLS)");
        assertThat(state().result().orElseThrow().margin()).isEqualTo(5 - 3);
        assertThat(lastInnings(state()).target().overs()).isEqualTo("0.2");
        assertThat(state().next()).isEqualTo(NextAction.MATCH_OVER);
        serverAgrees();
    }
}

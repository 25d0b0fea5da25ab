package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchState;
import cricket.scoring.MatchStatus;
import cricket.scoring.PlayerReplaced;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.Scorecard;
import cricket.scoring.ScorecardText;
import cricket.scoring.Target;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small synthetic Cricsheet files (src/test/resources/cricsheet-edge) for shapes the seven real matches lack, each
 * as CRICSHEET-FORMAT.md describes it. Every file is checked against figures computed from its raw JSON
 * ({@link FileExpectations}), and each edge has its own test of what it is about.
 */
class EdgeFilesTest {
    static final List<String> FILES = List.of(
            "absent-hurt.json",
            "awarded.json",
            "bowl-out.json",
            "consecutive-overs-no-free-hit.json",
            "dl-ahead-of-par-mid-over.json",
            "dl-behind-par.json",
            "dl-part-overs.json",
            "dl-tie-chase-stopped.json",
            "dl-tie-on-par.json",
            "forfeits-and-declaration.json",
            "hundred-100-balls.json",
            "limited-overs-draw.json",
            "mdm-one-innings-each.json",
            "miscounted-overs.json",
            "new-batter-as-non-striker.json",
            "no-result.json",
            "old-noballs-and-tie.json",
            "outcome-a-run-off.json",
            "penalty-runs.json",
            "replacements.json",
            "retired-hurt-returns.json",
            "run-out-victim-misnamed.json",
            "short-over-same-bowler-and-unlisted-players.json",
            "test-follow-on-win.json",
            "tie-super-over-boundary-count.json",
            "tie-two-super-overs.json",
            "timed-out-same-ball.json",
            "v100-no-overs-key.json");

    static List<String> files() {
        return FILES;
    }

    private static String path(String file) {
        return "cricsheet-edge/" + file;
    }

    private static MatchState replay(String file) {
        return CricsheetReplay.replay(CricsheetReader.read(FileExpectations.resource(path(file)), file), file);
    }

    private static InningsCard card(String file, int number) {
        return replay(file).scorecard().innings().get(number - 1);
    }

    private static Result result(String file) {
        return replay(file).result().orElseThrow(() -> new AssertionError(file + " has no result"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFileReplaysToACompletedMatchWhoseInningsMatchTheFile(String file) {
        Scorecard card = replay(file).scorecard();
        List<FileExpectations.Innings> expected = FileExpectations.of(path(file)).innings;

        assertThat(card.status()).as(file).isEqualTo(MatchStatus.COMPLETED.name());
        assertThat(card.innings()).as(file).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            FileExpectations.Innings want = expected.get(i);
            InningsCard got = card.innings().get(i);
            String where = file + " innings " + (i + 1);
            assertThat(List.of(got.battingTeam(), got.superOver(), got.runs(), got.wickets(), got.legalBalls()))
                    .as(where + " team, super over, runs, wickets, legal balls")
                    .containsExactly(want.team(), want.superOver(), want.runs(), want.wickets(), want.legalBalls());
            assertThat(List.of(
                            got.extras().wides(),
                            got.extras().noballs(),
                            got.extras().byes(),
                            got.extras().legbyes(),
                            got.extras().penalty()))
                    .as(where + " extras")
                    .containsExactly(want.wides(), want.noballs(), want.byes(), want.legbyes(), want.penalty());
            Map<String, FileExpectations.Figures> bowlers = got.bowling().stream()
                    .collect(Collectors.toMap(
                            BowlingLine::name,
                            b -> new FileExpectations.Figures(b.runs(), b.legalBalls(), b.wickets())));
            assertThat(bowlers).as(where + " bowlers").isEqualTo(want.bowlers());
            Map<String, FileExpectations.Figures> batters = got.batting().stream()
                    .filter(b -> want.batters().containsKey(b.name()))
                    .collect(Collectors.toMap(
                            BattingLine::name, b -> new FileExpectations.Figures(b.runs(), b.balls(), 0)));
            assertThat(batters).as(where + " batters who faced").isEqualTo(want.batters());
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFileGivesTheResultItsOutcomeNames(String file) {
        JsonNode outcome = FileExpectations.of(path(file)).outcome();
        Scorecard card = replay(file).scorecard();
        // where the file's outcome is not what its balls show, the card shows it beside the balls' result
        Result result = card.recordedResult() != null ? card.recordedResult() : result(file);

        assertThat(result.kind()).as(file).isEqualTo(kind(outcome));
        assertThat(result.winner()).as(file).isEqualTo(text(outcome, "winner"));
        assertThat(result.method()).as(file).isEqualTo(text(outcome, "method"));
        assertThat(result.superOverWinner()).as(file).isEqualTo(text(outcome, "eliminator"));
        assertThat(result.bowlOutWinner()).as(file).isEqualTo(text(outcome, "bowl_out"));
        JsonNode by = outcome.path("by");
        Integer margin = by.has("wickets")
                ? Integer.valueOf(by.path("wickets").asInt())
                : by.has("runs") ? Integer.valueOf(by.path("runs").asInt()) : null;
        assertThat(result.margin()).as(file).isEqualTo(margin);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFilePrintsAsText(String file) {
        MatchState state = replay(file);

        String text = ScorecardText.render(
                state.scorecard(), state.rules().orElseThrow().ballsPerOver());

        // Each innings' total and batters as the raw file gives them (FileExpectations shares no code with the
        // engine or the printer), and a result line.
        for (FileExpectations.Innings innings : FileExpectations.of(path(file)).innings) {
            if (innings.batters().isEmpty()) {
                continue; // forfeited: no balls
            }
            assertThat(text)
                    .as(file + ", " + innings.team())
                    .containsPattern("\\n  Total +" + innings.runs() + "(/" + innings.wickets() + ")? ");
            innings.batters()
                    .keySet()
                    .forEach(batter -> assertThat(text).as(file).contains(batter));
        }
        assertThat(text).as(file).containsPattern("\\nResult: \\S");
    }

    @Test
    void aFileWithoutInfoOversHasNoOversLimitAndTheChaseEndsAtTheTarget() {
        MatchState state = replay("v100-no-overs-key.json");

        assertThat(state.rules().orElseThrow().oversPerInnings()).isNull();
        assertThat(card("v100-no-overs-key.json", 2).target()).isEqualTo(new Target(19, null));
        assertThat(result("v100-no-overs-key.json").text()).isEqualTo("Beta won by 9 wickets");
    }

    @Test
    void aDlTargetInPartOversEndsTheChaseAtItsBalls() {
        InningsCard chase = card("dl-part-overs.json", 2);

        assertThat(chase.target()).isEqualTo(new Target(30, "3.4"));
        assertThat(chase.overs()).isEqualTo("3.4");
        assertThat(result("dl-part-overs.json").text()).isEqualTo("Alpha won by 7 runs (D/L)");
    }

    @Test
    void forfeitedInningsHaveNoBallsAndTheFourthInningsChasesTheFirst() {
        InningsCard declared = card("forfeits-and-declaration.json", 1);

        assertThat(declared.declared()).isTrue();
        assertThat(card("forfeits-and-declaration.json", 2).forfeited()).isTrue();
        assertThat(card("forfeits-and-declaration.json", 3).forfeited()).isTrue();
        assertThat(card("forfeits-and-declaration.json", 4).target()).isEqualTo(new Target(41, null));
    }

    @Test
    void penaltyRunsBeforeOnAndAfterTheBallsAllCountButNotToTheBowler() {
        InningsCard alpha = card("penalty-runs.json", 1);

        assertThat(alpha.extras().penalty()).isEqualTo(20);
        assertThat(alpha.extras().wides()).isEqualTo(2);
        assertThat(card("penalty-runs.json", 2).target().runs()).isEqualTo(42);
    }

    @Test
    void aRetiredHurtBatterWhoResumesKeepsOneLineAndIsNotAWicket() {
        InningsCard alpha = card("retired-hurt-returns.json", 1);
        List<BattingLine> first = alpha.batting().stream()
                .filter(b -> b.name().equals("A Batter1"))
                .toList();

        assertThat(first).hasSize(1);
        assertThat(first.get(0).dismissal()).isEqualTo("not out");
        assertThat(alpha.wickets()).isEqualTo(1);
        assertThat(card("retired-hurt-returns.json", 2).batting().get(1).dismissal())
                .isEqualTo("retired not out");
    }

    @Test
    void anAbsentHurtBatterMakesNineWicketsAllOut() {
        InningsCard beta = card("absent-hurt.json", 2);

        assertThat(beta.wickets()).isEqualTo(9);
        assertThat(beta.batting())
                .anyMatch(b -> b.name().equals("B Batter11") && b.dismissal().equals("absent hurt"));
    }

    @Test
    void theHundredCountsHundredBallsInFiveBallSets() {
        InningsCard alpha = card("hundred-100-balls.json", 1);

        assertThat(alpha.legalBalls()).isEqualTo(100);
        assertThat(alpha.overs()).isEqualTo("20");
        assertThat(alpha.extras().noballs()).isEqualTo(2);
        assertThat(replay("hundred-100-balls.json").rules().orElseThrow().noBallRuns())
                .isEqualTo(2);
    }

    @Test
    void miscountedOversAreCountedAsBowled() {
        InningsCard alpha = card("miscounted-overs.json", 1);

        assertThat(alpha.legalBalls()).isEqualTo(24);
        assertThat(alpha.bowling().get(1).legalBalls()).isEqualTo(5 + 7);
    }

    @Test
    void matchReplacementsAreEventsAndARoleReplacedBowlerFinishesTheOver() {
        CricsheetMatch match =
                CricsheetReader.read(FileExpectations.resource(path("replacements.json")), "replacements.json");
        InningsCard alpha = card("replacements.json", 1);

        assertThat(match.events().stream().filter(e -> e instanceof PlayerReplaced))
                .hasSize(2);
        assertThat(alpha.bowling())
                .extracting(BowlingLine::name)
                .containsExactly("B Batter10", "B Batter9", "B Batter11");
        assertThat(alpha.batting())
                .anyMatch(b -> b.name().equals("A Batter2") && b.dismissal().equals("retired hurt"));
    }

    @Test
    void aNewBatterCanFirstAppearAsTheNonStrikerAndTwoWicketsCanFallOnOneBall() {
        InningsCard alpha = card("new-batter-as-non-striker.json", 1);

        assertThat(alpha.batting()).extracting(BattingLine::name).contains("A Batter3", "A Batter6");
        assertThat(alpha.batting())
                .anyMatch(b -> b.name().equals("A Batter3") && b.dismissal().startsWith("run out"));
        assertThat(alpha.wickets()).isEqualTo(3);
        assertThat(alpha.fallOfWickets().get(2).overs()).isEqualTo("0.4");
    }

    @Test
    void aTimedOutBatterOnTheSameBallAsACatchIsTwoWickets() {
        InningsCard alpha = card("timed-out-same-ball.json", 1);

        assertThat(alpha.wickets()).isEqualTo(2);
        assertThat(alpha.fallOfWickets())
                .extracting(f -> f.runs() + "@" + f.overs())
                .containsExactly("1@0.2", "1@0.2");
        assertThat(alpha.batting())
                .anyMatch(b -> b.name().equals("A Batter3") && b.dismissal().equals("timed out"));
    }

    @Test
    void aSideFollowingOnCanWinATest() {
        List<InningsCard> innings =
                replay("test-follow-on-win.json").scorecard().innings();

        assertThat(innings).extracting(InningsCard::battingTeam).containsExactly("Alpha", "Beta", "Beta", "Alpha");
        assertThat(result("test-follow-on-win.json").text()).isEqualTo("Beta won by 12 runs");
    }

    @Test
    void aSecondSuperOverDecidesATiedFirstOne() {
        assertThat(replay("tie-two-super-overs.json").scorecard().innings()).hasSize(6);
        assertThat(result("tie-two-super-overs.json").text()).isEqualTo("Match tied (Alpha won the super over)");
    }

    @Test
    void resultsTheBallsCannotShowComeFromTheFile() {
        assertThat(result("tie-super-over-boundary-count.json").superOverWinner())
                .isEqualTo("Beta");
        assertThat(result("bowl-out.json").text()).isEqualTo("Match tied (Beta won the bowl-out)");
        assertThat(result("awarded.json").kind()).isEqualTo(ResultKind.AWARDED);
        assertThat(result("no-result.json").kind()).isEqualTo(ResultKind.NO_RESULT);
        assertThat(result("old-noballs-and-tie.json").text()).isEqualTo("Match tied");
    }

    @Test
    void aBowlerRecordedBowlingTwoOversRunningIsAcceptedAndBowledThem() {
        InningsCard alpha = card("consecutive-overs-no-free-hit.json", 1);

        assertThat(alpha.bowling())
                .extracting(BowlingLine::name, BowlingLine::overs)
                .containsExactly(tuple("B Batter10", "2"), tuple("B Batter11", "1"));
        assertThat(alpha.overs()).isEqualTo("3");
    }

    @Test
    void aRunOutWhoseNamedVictimBatsOnIsGivenToTheBatterWhoLeft() throws Exception {
        String file = "run-out-victim-misnamed.json";
        JsonNode wicketBall = null;
        for (JsonNode over : FileExpectations.json(path(file)).at("/innings/1/overs")) {
            for (JsonNode d : over.get("deliveries")) {
                if (d.has("wickets")) {
                    wicketBall = d;
                }
            }
        }
        String named = wicketBall.at("/wickets/0/player_out").asText();
        String partner = named.equals(wicketBall.get("batter").asText())
                ? wicketBall.get("non_striker").asText()
                : wicketBall.get("batter").asText();

        InningsCard beta = card(file, 2);

        assertThat(beta.wickets()).isEqualTo(1);
        assertThat(beta.batting())
                .filteredOn(b -> b.name().equals(partner))
                .singleElement()
                .extracting(BattingLine::dismissal)
                .isEqualTo("run out (A Batter4)");
        assertThat(beta.batting())
                .filteredOn(b -> b.name().equals(named))
                .singleElement()
                .extracting(BattingLine::dismissal)
                .isEqualTo("not out");
    }

    @Test
    void aBowlerRecordedBowlingOnAfterAShortOverIsAcceptedAndCreditedWithBoth() {
        InningsCard alpha = card("short-over-same-bowler-and-unlisted-players.json", 1);

        assertThat(alpha.legalBalls()).isEqualTo(17);
        assertThat(alpha.bowling())
                .extracting(BowlingLine::name, BowlingLine::legalBalls)
                .containsExactly(tuple("B Batter10", 5 + 6), tuple("B Batter11", 6));
    }

    @Test
    void playersTheBallsShowButTheFileDoesNotListJoinTheirSquad() {
        String file = "short-over-same-bowler-and-unlisted-players.json";
        CricsheetMatch match = CricsheetReader.read(FileExpectations.resource(path(file)), file);

        assertThat(match.info().teams().get(0).players()).hasSize(11).contains("A Batter2");
        assertThat(match.info().teams().get(1).players()).hasSize(11).contains("B Batter11");
        assertThat(card(file, 1).batting()).extracting(BattingLine::name).contains("A Batter2");
    }

    /** A squad that names a player twice still gains the players the balls show, each once. */
    @Test
    void aSquadListingAPlayerTwiceStillGainsTheUnlistedPlayersOnce() throws java.io.IOException {
        String file = "short-over-same-bowler-and-unlisted-players.json";
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try (java.io.InputStream in = FileExpectations.resource(path(file))) {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.at("/info/players/Alpha")).add("A Batter1");

        CricsheetMatch match =
                CricsheetReader.read(new java.io.ByteArrayInputStream(mapper.writeValueAsBytes(root)), file);

        assertThat(match.info().teams().get(0).players())
                .hasSize(11)
                .doesNotHaveDuplicates()
                .contains("A Batter1", "A Batter2");
    }

    @Test
    void aCatchOnTheBallAfterANoBallMeansTheMatchHadNoFreeHitAfterEveryNoBall() {
        MatchState state = replay("consecutive-overs-no-free-hit.json");

        assertThat(state.rules().orElseThrow().freeHitAfterNoBall()).isFalse();
        assertThat(state.scorecard().innings().get(0).wickets()).isEqualTo(1);
    }

    @Test
    void limitedOversInternationalsBefore2015HadNoFreeHitAfterEveryNoBall() {
        assertThat(replay("bowl-out.json").rules().orElseThrow().freeHitAfterNoBall())
                .isFalse();
        assertThat(replay("tie-two-super-overs.json").rules().orElseThrow().freeHitAfterNoBall())
                .isTrue();
    }

    @Test
    void resultsPlayCannotFinishAreTakenFromTheFileInTheEnginesTerms() {
        assertThat(result("dl-tie-chase-stopped.json").text()).isEqualTo("Match tied (D/L)");
        assertThat(result("mdm-one-innings-each.json").text()).isEqualTo("Alpha won by 18 runs");
        assertThat(result("limited-overs-draw.json").kind()).isEqualTo(ResultKind.DRAW);
    }

    private static ResultKind kind(JsonNode outcome) {
        if (outcome.has("result")) {
            return switch (outcome.path("result").asText()) {
                case "tie" -> ResultKind.TIE;
                case "draw" -> ResultKind.DRAW;
                default -> ResultKind.NO_RESULT;
            };
        }
        if ("Awarded".equals(text(outcome, "method"))) {
            return ResultKind.AWARDED;
        }
        JsonNode by = outcome.path("by");
        return by.has("innings") ? ResultKind.INNINGS : by.has("wickets") ? ResultKind.WICKETS : ResultKind.RUNS;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}

package cricket.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records refuse what no ball, penalty or name can be, with an IllegalArgumentException naming the field and what
 * is allowed: never a NullPointerException, never a value stored as given.
 */
class RecordBoundsTest {
    private static final List<String> XI = List.of("A", "B", "C");

    private static Delivery ball(int batterRuns, Extras extras) {
        return new Delivery("Starc", "Rohit", "Gill", batterRuns, false, extras, List.of(), false, null);
    }

    @Nested
    class Runs {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "batterRuns, -1, 'batterRuns must be 0-8, got -1'",
            "batterRuns, 9, 'batterRuns must be 0-8, got 9'",
            "wides, 10, 'extras.wides must be 0-9, got 10'",
            "noballs, 11, 'extras.noballs must be 0-10, got 11'",
            "byes, 9, 'extras.byes must be 0-8, got 9'",
            "legbyes, -2, 'extras.legbyes must be 0-8, got -2'",
            "penalty, 3, 'extras.penalty must be 0-10 in units of 5 (Law 41), got 3'",
            "penalty, 15, 'extras.penalty must be 0-10 in units of 5 (Law 41), got 15'",
        })
        void aValueNoBallCanBringIsRefusedNamingTheFieldAndTheRange(String field, int value, String message) {
            assertThatThrownBy(() -> deliveryWith(field, value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource({"batterRuns, 8", "wides, 9", "noballs, 10", "byes, 8", "legbyes, 8", "penalty, 10"})
        void theLargestValueARealBallCanBringIsAccepted(String field, int value) {
            Delivery d = deliveryWith(field, value);

            assertThat(d.totalRuns()).isEqualTo(value);
        }

        private Delivery deliveryWith(String field, int value) {
            switch (field) {
                case "batterRuns":
                    return ball(value, Extras.NONE);
                case "wides":
                    return ball(0, new Extras(value, 0, 0, 0, 0));
                case "noballs":
                    return ball(0, new Extras(0, value, 0, 0, 0));
                case "byes":
                    return ball(0, new Extras(0, 0, value, 0, 0));
                case "legbyes":
                    return ball(0, new Extras(0, 0, 0, value, 0));
                default:
                    return ball(0, new Extras(0, 0, 0, 0, value));
            }
        }

        @ParameterizedTest
        @CsvSource({"0", "4", "55", "-5"})
        void penaltyRunsOffTheBallComeInFivesUpToFifty(int runs) {
            assertThatThrownBy(() -> new PenaltyAwarded(runs, "India", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("penalty runs must be 5-50 in units of 5 (Law 41), got " + runs);
            assertThat(new PenaltyAwarded(50, "India", null).runs()).isEqualTo(50);
        }

        @Test
        void aTargetOrAScheduleThatCouldOverflowATotalIsRefused() {
            assertThatThrownBy(() -> new TargetRevised(Integer.MAX_VALUE, null, "DLS"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target runs must be 1-9999, got " + Integer.MAX_VALUE);
            assertThatThrownBy(() -> new TargetRevised(200, 9000, "DLS"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target legalBalls must be 1-8000, got 9000");
            assertThatThrownBy(() -> new MatchRules(Integer.MAX_VALUE, 6, 1, false, false, 1, false, true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("oversPerInnings must be 1-1000, or absent for no limit, got " + Integer.MAX_VALUE);
            assertThatThrownBy(() -> new Result("India won", "India", ResultKind.WICKETS, 11, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("result.margin must be 0-10, got 11");
        }
    }

    /** Every string an event carries, built into its record from one text. */
    static Stream<Arguments> texts() {
        List<Arguments> all = new ArrayList<>();
        add(all, "bowler", 100, t -> new Delivery(t, "Rohit", "Gill", 0, false, null, List.of(), false, null));
        add(all, "batter", 100, t -> new Delivery("Starc", t, "Gill", 0, false, null, List.of(), false, null));
        add(all, "nonStriker", 100, t -> new Delivery("Starc", "Rohit", t, 0, false, null, List.of(), false, null));
        add(all, "commentary", 500, t -> new Delivery("Starc", "Rohit", "Gill", 0, false, null, List.of(), false, t));
        add(all, "playerOut", 100, t -> new Dismissal(DismissalKind.BOWLED, t, List.of()));
        add(all, "fielder name", 100, t -> new Fielder(t, false));
        add(all, "team name", 100, t -> new Team(t, XI));
        add(all, "player of India", 100, t -> new Team("India", List.of("A", t)));
        add(all, "tossWinner", 100, t -> new MatchStarted(teams(), t, TossDecision.BAT, MatchRules.t20()));
        add(all, "battingTeam", 100, t -> new InningsStarted(t, "A", "B", "C", false));
        add(all, "striker", 100, t -> new InningsStarted("India", t, "B", "C", false));
        add(all, "nonStriker", 100, t -> new InningsStarted("India", "A", t, "C", false));
        add(all, "bowler", 100, t -> new InningsStarted("India", "A", "B", t, false));
        add(all, "batter", 100, BatterIn::new);
        add(all, "batter", 100, BatterAbsentHurt::new);
        add(all, "batter", 100, t -> new BatterRetired(t, RetirementKind.HURT));
        add(all, "bowler", 100, t -> new BowlerChanged(t, BowlerChanged.Why.NEW_OVER));
        add(all, "note", 300, t -> new BowlerChanged("Starc", BowlerChanged.Why.REPLACEMENT_MID_OVER, t));
        add(all, "team", 100, t -> new PenaltyAwarded(5, t, null));
        add(all, "reason", 300, t -> new PenaltyAwarded(5, "India", t));
        add(all, "battingTeam", 100, InningsForfeited::new);
        add(all, "method", 100, t -> new TargetRevised(100, null, t));
        add(all, "team", 100, t -> new PlayerReplaced(t, "A", "B", null));
        add(all, "playerOut", 100, t -> new PlayerReplaced("India", t, "B", null));
        add(all, "playerIn", 100, t -> new PlayerReplaced("India", "A", t, null));
        add(all, "reason", 300, t -> new PlayerReplaced("India", "A", "B", t));
        add(all, "reason", 300, MatchEnded::new);
        add(all, "result.text", 300, t -> new Result(t, null, ResultKind.DRAW, null, null, null, null));
        add(all, "result.winner", 100, t -> new Result("won", t, ResultKind.RUNS, 1, null, null, null));
        add(all, "result.method", 100, t -> new Result("won", "India", ResultKind.RUNS, 1, t, null, null));
        add(all, "result.superOverWinner", 100, t -> new Result("tied", null, ResultKind.TIE, null, null, t, null));
        add(all, "result.bowlOutWinner", 100, t -> new Result("tied", null, ResultKind.TIE, null, null, null, t));
        return all.stream();
    }

    private static void add(List<Arguments> all, String field, int max, Function<String, Object> build) {
        all.add(Arguments.of(field, max, build));
    }

    private static List<Team> teams() {
        return List.of(new Team("India", XI), new Team("Australia", List.of("D", "E", "F")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aTextOverItsLimitIsRefusedWithItsLength(String field, int max, Function<String, Object> build) {
        String tooLong = "x".repeat(max + 12);

        assertThatThrownBy(() -> build.apply(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field + " must be at most " + max + " characters without control characters, got "
                        + (max + 12));
        assertThat(build.apply("x".repeat(max))).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aTextWithAControlCharacterIsRefusedNamingIt(String field, int max, Function<String, Object> build) {
        for (String bad : List.of("Ro\u0000hit", "Ro\nhit", "Ro\u001bhit", "Ro\ud800hit")) {
            int code = bad.charAt(2);
            assertThatThrownBy(() -> build.apply(bad))
                    .as(field + " with U+%04X", code)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(field + " must be at most " + max + " characters without control characters, got "
                            + String.format("U+%04X", code) + " at character 3");
        }
    }

    @Test
    void commentaryOverFiveHundredCharactersIsRefusedWithItsLength() {
        assertThatThrownBy(
                        () -> new Delivery("Starc", "Rohit", "Gill", 0, false, null, List.of(), false, "a".repeat(812)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commentary must be at most 500 characters without control characters, got 812");
    }

    @Test
    void lettersOfEveryScriptAreNamesAndTheLengthCountsCharactersNotCodeUnits() {
        String name = "\ud835\udcd0".repeat(100); // 100 characters, 200 UTF-16 code units

        assertThat(new BatterIn(name).batter()).isEqualTo(name);
        assertThat(new BatterIn("  Śreyas Iyer  ").batter()).isEqualTo("Śreyas Iyer");
    }

    @Nested
    class Nulls {
        @Test
        void matchStartedWithoutTeamsNamesTheField() {
            assertThatThrownBy(() -> new MatchStarted(null, null, null, MatchRules.t20()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("teams must be given, got nothing");
            assertThatThrownBy(() -> new MatchStarted(Arrays.asList(teams().get(0), null), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("teams[1] must be given, got nothing");
            assertThatThrownBy(() -> new MatchStarted(teams(), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("rules must be given");
        }

        @Test
        void aMissingItemInAListNamesTheListAndThePlace() {
            assertThatThrownBy(() -> new Delivery(
                            "Starc", "Rohit", "Gill", 0, false, null, Arrays.asList((Dismissal) null), false, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dismissals[0] must be given, got nothing");
            assertThatThrownBy(() -> new Dismissal(DismissalKind.CAUGHT, "Rohit", Arrays.asList((Fielder) null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fielders[0] must be given, got nothing");
            assertThatThrownBy(() -> new Team("India", Arrays.asList("A", null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("players of India[1] must be given, got nothing");
        }

        @Test
        void missingRequiredFieldsAreNamed() {
            assertThatThrownBy(() -> new BatterIn(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "batter must be non-blank and at most 100 characters without control characters, got nothing");
            assertThatThrownBy(
                            () -> new ResultRecorded(new Result(null, null, ResultKind.DRAW, null, null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("result.text must be non-blank");
            assertThatThrownBy(() -> new Result("Match drawn", null, null, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("result.kind must be one of");
            assertThatThrownBy(() -> new BallBowled(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("delivery must be given");
        }
    }
}

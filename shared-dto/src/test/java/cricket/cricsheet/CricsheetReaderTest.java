package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.BatterIn;
import cricket.scoring.BatterRetired;
import cricket.scoring.BowlerChanged;
import cricket.scoring.ClosureReason;
import cricket.scoring.FollowOnEnforced;
import cricket.scoring.InningsClosed;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEnded;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.RetirementKind;
import cricket.scoring.TargetRevised;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CricsheetReaderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CricsheetMatch read(String file) {
        return CricsheetReader.read(FileExpectations.resource(file), file);
    }

    @Nested
    class MatchInformation {
        @Test
        void anIntegerSeasonAndTheEventAreReadAsWritten() {
            MatchInfo info = read("1082591.json").info();

            assertThat(info.season()).isEqualTo("2017");
            assertThat(info.competition()).isEqualTo("Indian Premier League");
            assertThat(info.matchNumber()).isEqualTo(1);
            assertThat(info.dates()).containsExactly(LocalDate.of(2017, 4, 5));
            assertThat(info.teams().get(0).players()).hasSize(11);
            assertThat(info.registry()).containsKey("Yuvraj Singh");
            assertThat(info.outcome().byRuns()).isEqualTo(35);
        }

        @Test
        void theHundredPlaysFiveBallOversWithTwoRunNoBallsAndTheNewCaughtLaw() {
            CricsheetMatch match = read("1521264.json");

            assertThat(match.sourceId()).isEqualTo("1521264");
            assertThat(match.matchId()).isEqualTo(1521264L);
            assertThat(match.info().rules().ballsPerOver()).isEqualTo(5);
            assertThat(match.info().rules().consecutiveOversAllowed()).isTrue();
            assertThat(match.info().rules().caughtBatterReplacedAtStrikersEnd()).isTrue();
            assertThat(match.info().dataVersion()).isEqualTo("1.2.0");
            // Noor Ahmad bowls two full sets running in the first innings, as The Hundred allows: no "as recorded".
            List<BowlerChanged> changes = match.events().stream()
                    .filter(BowlerChanged.class::isInstance)
                    .map(BowlerChanged.class::cast)
                    .toList();
            assertThat(changes).filteredOn(c -> c.bowler().equals("Noor Ahmad")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(changes).noneMatch(c -> c.why() == BowlerChanged.Why.AS_RECORDED);
        }

        @Test
        void aTestHasTwoInningsASideNoOversLimitAndNoFreeHits() {
            MatchStarted started = (MatchStarted) read("1031659.json").events().get(0);

            assertThat(started.rules().inningsPerSide()).isEqualTo(2);
            assertThat(started.rules().oversPerInnings()).isNull();
            assertThat(started.rules().freeHitAfterNoBall()).isFalse();
            assertThat(started.rules().caughtBatterReplacedAtStrikersEnd()).isFalse();
            assertThat(started.tossWinner()).isEqualTo("England");
        }
    }

    @Nested
    class Events {
        @Test
        void aDeclarationAFollowOnAndAnInjuredBowlersReplacementAreRecorded() {
            List<MatchEvent> events = read("1031659.json").events();

            assertThat(events).contains(new InningsClosed(ClosureReason.DECLARED), new FollowOnEnforced());
            assertThat(events)
                    .contains(new BowlerChanged("RL Chase", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injury"));
            assertThat(events.stream().filter(e -> e instanceof InningsStarted)).hasSize(3);
        }

        @Test
        void aBatterLeavingInjuredWithoutAWicketRetiresHurtBeforeTheReplacementComesIn() {
            List<MatchEvent> events = read("1448352.json").events();

            int retired = events.indexOf(new BatterRetired("RR Pant", RetirementKind.HURT));
            assertThat(retired).isPositive();
            assertThat(events.get(retired + 1)).isEqualTo(new BatterIn("RA Jadeja"));
            assertThat(events.get(events.size() - 1)).isInstanceOf(MatchEnded.class);
        }

        @Test
        void aDuckworthLewisTargetIsRevisedWithItsOversAndMethod() {
            assertThat(read("1262757.json").events()).contains(new TargetRevised(227, 47 * 6, "D/L"));
        }

        @Test
        void anUnrevisedTargetIsLeftForTheEngineToSet() {
            assertThat(read("1082591.json").events()).noneMatch(e -> e instanceof TargetRevised);
        }
    }

    @Nested
    class BadFiles {
        @Test
        void aNonNumericRunNamesTheFileInningsOverAndField() {
            assertThatThrownBy(() -> readEdited(
                            d -> firstDelivery(d, 1, 14, 2).with("runs").put("batter", "x")))
                    .isInstanceOf(CricsheetFormatException.class)
                    .hasMessage(
                            "1082591.json: innings 2, over 14.3: runs.batter must be a whole number 0-8, got \"x\"");
        }

        @Test
        void theExceptionAlsoGivesTheFileInningsOverAndFieldOneByOne() {
            assertThatThrownBy(() -> readEdited(
                            d -> firstDelivery(d, 1, 14, 2).with("runs").put("batter", "x")))
                    .isInstanceOfSatisfying(CricsheetFormatException.class, e -> {
                        assertThat(e.file()).isEqualTo("1082591.json");
                        assertThat(e.innings()).isEqualTo(2);
                        assertThat(e.over()).isEqualTo("14.3");
                        assertThat(e.field()).isEqualTo("runs.batter");
                    });
            assertThatThrownBy(() -> readEdited(d -> ((ObjectNode) d.get("info")).remove("balls_per_over")))
                    .isInstanceOfSatisfying(CricsheetFormatException.class, e -> {
                        assertThat(e.innings()).isNull();
                        assertThat(e.over()).isNull();
                        assertThat(e.field()).isEqualTo("info.balls_per_over");
                    });
        }

        @Test
        void anUnknownDismissalKindIsRefusedWithTheKindsAllowed() {
            assertThatThrownBy(() -> readEdited(d -> ((ObjectNode) firstDelivery(d, 0, 0, 0)
                                    .withArray("wickets")
                                    .addObject()
                                    .put("kind", "vanished"))
                            .put("player_out", "DA Warner")))
                    .isInstanceOf(CricsheetFormatException.class)
                    .hasMessageStartingWith(
                            "1082591.json: innings 1, over 0.1: wickets[0].kind must be one of [bowled,")
                    .hasMessageContaining("got \"vanished\"");
        }

        @Test
        void invalidJsonIsRefusedNamingTheFile() {
            assertThatThrownBy(() -> CricsheetReader.read(
                            new ByteArrayInputStream("{\"meta\": ".getBytes(StandardCharsets.UTF_8)), "broken.json"))
                    .isInstanceOf(CricsheetFormatException.class)
                    .hasMessageStartingWith("broken.json: is not valid JSON");
        }

        @Test
        void aMissingBallsPerOverIsNamed() {
            assertThatThrownBy(() -> readEdited(d -> ((ObjectNode) d.get("info")).remove("balls_per_over")))
                    .isInstanceOf(CricsheetFormatException.class)
                    .hasMessage("1082591.json: info: balls_per_over must be a whole number 4-8, got nothing");
        }

        /** The first date sets the Laws that apply and the fixture's start, the last its last day: read them in order. */
        @Test
        void datesListedOutOfOrderOrTwiceAreReadInOrderAndOnce() throws Exception {
            CricsheetMatch match = readEdited(d -> ((ObjectNode) d.get("info"))
                    .putArray("dates")
                    .add("2017-04-06")
                    .add("2017-04-05")
                    .add("2017-04-06"));

            assertThat(match.info().dates()).containsExactly(LocalDate.of(2017, 4, 5), LocalDate.of(2017, 4, 6));
            assertThat(match.events()).isEqualTo(read("1082591.json").events());
        }

        @Test
        void unknownKeysAreIgnored() throws Exception {
            CricsheetMatch match = readEdited(d -> ((ObjectNode) d).put("shiny_new_key", 1));

            assertThat(match.events()).isEqualTo(read("1082591.json").events());
        }

        private CricsheetMatch readEdited(Consumer<JsonNode> edit) throws Exception {
            JsonNode document = FileExpectations.json("1082591.json");
            edit.accept(document);
            byte[] bytes = MAPPER.writeValueAsBytes(document);
            return CricsheetReader.read(new ByteArrayInputStream(bytes), "1082591.json");
        }

        private ObjectNode firstDelivery(JsonNode document, int innings, int over, int index) {
            return (ObjectNode) document.path("innings")
                    .get(innings)
                    .path("overs")
                    .get(over)
                    .path("deliveries")
                    .get(index);
        }
    }
}

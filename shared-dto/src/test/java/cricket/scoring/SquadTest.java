package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every player is checked against the side's list: a side that lists no one is refused, never "anyone may play". */
class SquadTest {

    @Test
    void aSideThatListsNoPlayersIsRefused() {
        assertThatThrownBy(() -> new MatchStarted(
                        List.of(MatchBuilder.INDIA, new Team("Australia", List.of())), null, null, MatchRules.t20()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the players of Australia must be listed (its squad or playing XI), got none: every"
                        + " batter and bowler is checked against them");
        assertThatThrownBy(() -> new MatchStarted(
                        List.of(new Team("India", null), MatchBuilder.AUSTRALIA), null, null, MatchRules.t20()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the players of India must be listed");
    }

    @Test
    void aReplacementMustReplaceAPlayerOfTheSideAndThenMayPlay() {
        MatchBuilder m = match(MatchRules.t20()).innings("India");

        assertThatThrownBy(() -> m.event(new PlayerReplaced("India", "Smith", "Sundar", "concussion_substitute")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("the player replaced must be a India player: Smith is not in India's squad");

        m.event(new PlayerReplaced("India", "Kohli", "Sundar", "concussion_substitute"))
                .ball(Balls.out(DismissalKind.BOWLED))
                .batterIn("Sundar");
        assertThat(m.state().striker()).contains("Sundar");
    }

    @Test
    void aPlayerOutsideTheListCannotBat() {
        MatchBuilder m = match(MatchRules.t20()).innings("India").ball(Balls.out(DismissalKind.BOWLED));

        assertThatThrownBy(() -> m.batterIn("Sundar"))
                .isInstanceOf(ScoringException.class)
                .hasMessage("the batter must be a India player: Sundar is not in India's squad");
    }
}

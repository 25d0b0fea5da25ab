package cricket.cricsheet;

import cricket.scoring.BallBowled;
import cricket.scoring.InningsForfeited;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.ScoringException;
import java.util.List;

/**
 * Folds a file's events through the engine. An event the engine refuses becomes a {@link CricsheetFormatException}
 * naming the file, the innings and the ball ("1082591.json: innings 2, over 14.3: ..."), so a person can find it.
 */
public final class CricsheetReplay {
    private CricsheetReplay() {}

    /** @param sourceName the file name to name in an error ("1082591.json") */
    public static MatchState replay(CricsheetMatch match, String sourceName) {
        MatchState state = MatchState.initial();
        int innings = 0;
        List<MatchEvent> events = match.events();
        for (int i = 0; i < events.size(); i++) {
            MatchEvent event = events.get(i);
            if (event instanceof InningsStarted || event instanceof InningsForfeited) {
                innings++;
            }
            try {
                state = state.apply(event);
            } catch (ScoringException e) {
                throw refused(sourceName, innings, place(match, i), event, e);
            }
        }
        return state;
    }

    /** The ball an event belongs to: its own place, or for an event the ball implies, the next ball's. */
    private static String place(CricsheetMatch match, int index) {
        List<MatchEvent> events = match.events();
        MatchEvent event = events.get(index);
        if (event instanceof BallBowled) {
            return match.balls().get(event);
        }
        for (int i = index + 1; i < events.size(); i++) {
            if (events.get(i) instanceof InningsStarted || events.get(i) instanceof InningsForfeited) {
                return null;
            }
            if (events.get(i) instanceof BallBowled) {
                return match.balls().get(events.get(i));
            }
        }
        return null;
    }

    private static CricsheetFormatException refused(
            String sourceName, int innings, String over, MatchEvent event, ScoringException e) {
        String where =
                sourceName + (innings == 0 ? "" : ": innings " + innings) + (over == null ? "" : ", over " + over);
        String what = event instanceof BallBowled ? "this delivery" : "the " + event.typeName() + " it implies";
        return new CricsheetFormatException(
                where + ": the engine refused " + what + ": " + e.getMessage(),
                e,
                sourceName,
                innings == 0 ? null : innings,
                over,
                null);
    }
}

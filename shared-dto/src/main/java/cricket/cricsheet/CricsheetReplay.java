package cricket.cricsheet;

import cricket.scoring.BallBowled;
import cricket.scoring.InningsForfeited;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.ScoringException;

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
        for (MatchEvent event : match.events()) {
            if (event instanceof InningsStarted || event instanceof InningsForfeited) {
                innings++;
            }
            try {
                state = state.apply(event);
            } catch (ScoringException e) {
                throw refused(sourceName, innings, match.balls().get(event), event, e);
            }
        }
        return state;
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

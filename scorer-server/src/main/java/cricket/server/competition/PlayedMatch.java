package cricket.server.competition;

import cricket.scoring.MatchState;

/**
 * One match of a tournament as the table and leaders read it: its engine state and its stage.
 *
 * @param stage Cricsheet's {@code event.stage} ("Final", "Qualifier 1"), or null for a league match
 */
public record PlayedMatch(long matchId, String stage, MatchState state) {
    public PlayedMatch {
        if (state == null) {
            throw new IllegalArgumentException("the state of match " + matchId + " must be given");
        }
        stage = stage == null || stage.isBlank() ? null : stage;
    }

    /** Whether the points table counts it: a league match, not a playoff. */
    public boolean league() {
        return stage == null;
    }
}

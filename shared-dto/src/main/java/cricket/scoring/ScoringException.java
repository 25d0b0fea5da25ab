package cricket.scoring;

/**
 * An event that cannot follow the current state of the match, with a sentence a scorer can act on
 * ("over 7 is complete: choose the next bowler"). The state is unchanged.
 */
public class ScoringException extends RuntimeException {
    public ScoringException(String message) {
        super(message);
    }
}

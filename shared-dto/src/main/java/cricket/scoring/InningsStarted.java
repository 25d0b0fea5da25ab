package cricket.scoring;

/**
 * An innings begins with its two openers at the crease and its opening bowler.
 *
 * @param superOver a one-over innings played to settle a tie; its runs never count in the match aggregate
 */
public record InningsStarted(String battingTeam, String striker, String nonStriker, String bowler, boolean superOver)
        implements MatchEvent {
    public InningsStarted {
        battingTeam = Names.require(battingTeam, "battingTeam");
        striker = Names.require(striker, "striker");
        nonStriker = Names.require(nonStriker, "nonStriker");
        bowler = Names.require(bowler, "bowler");
        if (striker.equals(nonStriker)) {
            throw new IllegalArgumentException("striker and nonStriker must be two different batters, got " + striker);
        }
    }
}

package cricket.scoring;

/** A side forfeits its innings (Law 15.2): it counts as an innings of none for none, with no deliveries. */
public record InningsForfeited(String battingTeam) implements MatchEvent {
    public InningsForfeited {
        battingTeam = Names.require(battingTeam, "battingTeam");
    }
}

package cricket.scoring;

/** A player is replaced in the match: concussion substitute, impact player, COVID replacement, supersub. */
public record PlayerReplaced(String team, String playerOut, String playerIn, String reason) implements MatchEvent {
    public PlayerReplaced {
        team = Names.require(team, "team");
        playerOut = Names.require(playerOut, "playerOut");
        playerIn = Names.require(playerIn, "playerIn");
        reason = Names.optionalText(reason, "reason", Names.REASON);
    }
}

package cricket.scoring;

import java.util.List;

/**
 * The toss has been made and the teams named. The first event of every match.
 *
 * <p>Each team lists its players: every opener, batter, bowler, absent-hurt or timed-out player is checked against
 * that list (a {@link PlayerReplaced} adds to it), so a side with no players is refused rather than read as "anyone
 * may play".
 *
 * @param tossWinner the team that won the toss, or {@code null} when no toss was made (uncontested)
 * @param tossDecision what the toss winner chose, or {@code null} with no toss
 */
public record MatchStarted(List<Team> teams, String tossWinner, TossDecision tossDecision, MatchRules rules)
        implements MatchEvent {
    public MatchStarted {
        teams = Names.requireList(teams, "teams");
        if (teams.size() != 2 || teams.get(0).name().equals(teams.get(1).name())) {
            throw new IllegalArgumentException("teams must name two different sides, got "
                    + teams.stream().map(Team::name).toList());
        }
        for (Team team : teams) {
            if (team.players().isEmpty()) {
                throw new IllegalArgumentException("the players of " + team.name() + " must be listed (its squad or"
                        + " playing XI), got none: every batter and bowler is checked against them");
            }
        }
        tossWinner = Names.optional(tossWinner, "tossWinner");
        Names.given(rules, "rules", "given (overs, balls per over, no-ball runs and the rest)");
    }
}

package cricket.scoring;

import java.util.List;

/**
 * The toss has been made and the teams named. The first event of every match.
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
        tossWinner = Names.optional(tossWinner, "tossWinner");
        Names.given(rules, "rules", "given (overs, balls per over, no-ball runs and the rest)");
    }
}

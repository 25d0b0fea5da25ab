package cricket.print;

import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.Team;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a printed card shows beside the scorecard itself.
 *
 * @param title the heading, "Lions v Tigers"
 * @param facts lines under it (competition, ground, date), in order; may be empty
 * @param officials names by role ("umpires", "match_referees", "scorers"), as Cricsheet names them; empty when the
 *     match recorded none, which the card then says
 * @param ballsPerOver the match's, for the economy rates
 * @param teams the sides and their players, for "did not bat"
 */
public record CardDetails(
        String title, List<String> facts, Map<String, List<String>> officials, int ballsPerOver, List<Team> teams) {
    public CardDetails {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a card needs a title, got \"" + title + "\"");
        }
        if (ballsPerOver < 1) {
            throw new IllegalArgumentException("ballsPerOver must be 1 or more, got " + ballsPerOver);
        }
        facts = List.copyOf(facts);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        officials.forEach((role, names) -> copy.put(role, List.copyOf(names)));
        officials = java.util.Collections.unmodifiableMap(copy);
        teams = List.copyOf(teams);
    }

    /** The details a match's events carry: the sides as the title, its rules, no officials recorded. */
    public static CardDetails of(MatchState state, List<String> facts, Map<String, List<String>> officials) {
        List<Team> teams = state.teams();
        String title =
                teams.size() == 2 ? teams.get(0).name() + " v " + teams.get(1).name() : "Scorecard";
        return new CardDetails(
                title,
                facts,
                officials,
                state.rules().map(MatchRules::ballsPerOver).orElse(6),
                teams);
    }
}

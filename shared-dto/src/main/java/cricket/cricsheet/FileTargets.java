package cricket.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.MatchRules;
import java.util.List;

/** The arithmetic of a file's targets: what the engine would set by itself, and a target's overs as balls. */
final class FileTargets {
    private FileTargets() {}

    /** Runs to win in the side's last possible innings: the other side's aggregate less its own, plus one. */
    static Integer expected(List<PlayedInnings> played, MatchRules rules, String team, boolean superOver) {
        List<PlayedInnings> same =
                played.stream().filter(p -> p.superOver() == superOver).toList();
        int lastInnings = superOver ? 1 : rules.inningsPerSide() * 2 - 1;
        if (superOver) {
            same = same.subList(same.size() - same.size() % 2, same.size());
        }
        if (same.size() != lastInnings) {
            return null;
        }
        int theirs = same.stream()
                .filter(p -> !p.team().equals(team))
                .mapToInt(PlayedInnings::runs)
                .sum();
        int ours = same.stream()
                .filter(p -> p.team().equals(team))
                .mapToInt(PlayedInnings::runs)
                .sum();
        return theirs - ours + 1;
    }

    /**
     * Whether the file's target for this chasing side is the par score where rain stopped play: a chasing side can
     * win by runs only on a par score (CRICSHEET-FORMAT.md §6.9: the margin is its score less the target's par).
     */
    static boolean wonOnPar(MatchInfo.Outcome outcome, String team) {
        return outcome != null && team.equals(outcome.winner()) && outcome.byRuns() != null && !outcome.byInnings();
    }

    /** Overs in over.ball form (47, 9.5) as legal balls. */
    static int balls(JsonNode overs, JsonFields f, MatchRules rules) {
        String text = overs.asText();
        if (!overs.isNumber() || !text.matches("\\d{1,4}(\\.\\d)?")) {
            throw f.error("target.overs", "must be overs in over.ball form such as 47 or 9.5", overs);
        }
        String[] parts = text.split("\\.");
        int part = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
        if (part >= rules.ballsPerOver()) {
            throw f.error(
                    "target.overs", "must have fewer than " + rules.ballsPerOver() + " balls after the point", overs);
        }
        return Integer.parseInt(parts[0]) * rules.ballsPerOver() + part;
    }
}

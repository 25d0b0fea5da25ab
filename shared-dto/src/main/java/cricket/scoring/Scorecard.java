package cricket.scoring;

import java.util.List;

/**
 * The full scorecard, the public JSON shape of DESIGN.md (the server adds matchId and version).
 *
 * @param status a {@link MatchStatus} name
 * @param result {@code null} while the match is unfinished
 */
public record Scorecard(String status, List<String> teams, Result result, List<InningsCard> innings) {
    public Scorecard {
        teams = List.copyOf(teams);
        innings = List.copyOf(innings);
    }
}

package cricket.scoring;

import java.util.List;

/**
 * The full scorecard, the public JSON shape of DESIGN.md (the server adds matchId and version).
 *
 * @param status a {@link MatchStatus} name
 * @param result {@code null} while the match is unfinished
 * @param resultOfficial the result is the officials' (a {@link ResultRecorded}), not what the balls show
 * @param recordedResult the result the match's record gives where it differs from the balls' ({@code result}, which
 *     the card follows); {@code null} when they agree or there is no such record
 * @param closeOfPlay where the match stood at each day's stumps, in a match played over days ({@link DayEnded});
 *     empty otherwise
 */
public record Scorecard(
        String status,
        List<String> teams,
        Result result,
        List<InningsCard> innings,
        boolean resultOfficial,
        Result recordedResult,
        List<CloseOfPlay> closeOfPlay) {
    public Scorecard {
        teams = List.copyOf(teams);
        innings = List.copyOf(innings);
        closeOfPlay = closeOfPlay == null ? List.of() : List.copyOf(closeOfPlay);
    }

    /** A card whose result, if any, the balls show. */
    public Scorecard(String status, List<String> teams, Result result, List<InningsCard> innings) {
        this(status, teams, result, innings, false, null, List.of());
    }
}

package cricket.server.competition;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cricket.api.FixtureStatus;
import cricket.api.MatchSummary;
import cricket.scoring.MatchState;
import cricket.scoring.ScoreLines;
import cricket.scoring.Scorecard;
import java.util.List;

/**
 * A match as a list of fixtures and results shows it: its summary and, once it is over, every innings' score and
 * the result ({@link ScoreLines}). Rendered once with the cached list, so a page of results reads no scorecard.
 *
 * @param scores each innings' score of a completed match; empty for one not yet over
 * @param result the result of a completed match; null for one not yet over, or over without a result
 */
public record FixtureLine(@JsonUnwrapped MatchSummary match, List<String> scores, String result) {
    public FixtureLine {
        scores = List.copyOf(scores);
    }

    /** The line of a match not yet over: no scores, no result. */
    public static FixtureLine toCome(MatchSummary match) {
        return new FixtureLine(match, List.of(), null);
    }

    /** The line of {@code match}, from its engine state when it is completed (the state is not read otherwise). */
    public static FixtureLine of(MatchSummary match, MatchState state) {
        if (match.status() != FixtureStatus.COMPLETED) {
            return toCome(match);
        }
        Scorecard card = state.scorecard();
        return new FixtureLine(match, ScoreLines.innings(card), ScoreLines.outcome(card));
    }
}

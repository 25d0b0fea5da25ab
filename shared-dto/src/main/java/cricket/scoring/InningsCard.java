package cricket.scoring;

import java.util.List;

/**
 * One innings of the scorecard.
 *
 * @param runs the innings total, penalty runs included; a super over's runs never count in the match aggregate
 * @param overs overs bowled in over.ball form ("19.4"; whole overs without a ball part: "20")
 * @param allOut whether the innings closed all out: by the engine when no batter was left (ten wickets, or fewer
 *     with the rest absent hurt; two in a super over), or as the scorer closed it; not when the ball that took the
 *     last wicket also reached the target (the chase was won)
 * @param target the chasing side's target, or {@code null} when this innings does not chase one
 */
public record InningsCard(
        int number,
        String battingTeam,
        boolean superOver,
        int runs,
        int wickets,
        int legalBalls,
        String overs,
        boolean declared,
        boolean allOut,
        boolean forfeited,
        Target target,
        ExtrasCard extras,
        List<BattingLine> batting,
        List<BowlingLine> bowling,
        List<FallOfWicket> fallOfWickets) {
    public InningsCard {
        batting = List.copyOf(batting);
        bowling = List.copyOf(bowling);
        fallOfWickets = List.copyOf(fallOfWickets);
    }
}

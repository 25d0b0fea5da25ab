package cricket.scoring;

import java.util.List;

/**
 * What the fans' charts draw, for every innings (super overs included): the runs of each over with the wickets that
 * fell in it (the worm is the running total, the Manhattan the bars) and each partnership. Read from a
 * {@link MatchState} by {@link #of(MatchState)}; the fold keeps them as the balls come, so reading them after each
 * ball does not walk the match again.
 *
 * <p>Penalty runs awarded between balls ({@link PenaltyAwarded}) and a batter retired out between balls are in the
 * scorecard's totals but belong to no over, so they are not drawn here.
 */
public record MatchCharts(List<InningsChart> innings) {
    public MatchCharts {
        innings = List.copyOf(innings);
    }

    /** The charts of every innings the match has had, in order. */
    public static MatchCharts of(MatchState state) {
        return state.charts();
    }

    /**
     * One innings: its overs in order (an over with no ball yet is absent), its partnerships, and where each day's
     * play closed during it ({@link DayEnded}; stumps between innings mark the end of the innings before).
     */
    public record InningsChart(
            int number,
            String battingTeam,
            boolean superOver,
            int runs,
            int wickets,
            List<Over> overs,
            List<Partnership> partnerships,
            List<DayEnd> dayEnds) {
        public InningsChart {
            overs = List.copyOf(overs);
            partnerships = List.copyOf(partnerships);
            dayEnds = List.copyOf(dayEnds);
        }
    }

    /**
     * Stumps during an innings: the charts draw a marker after {@code legalBalls} of it.
     *
     * @param overs the innings' overs at stumps in over.ball form ("82", "81.3")
     * @param runs the innings' total at stumps, penalty runs included
     */
    public record DayEnd(int day, int legalBalls, String overs, int runs, int wickets) {}

    /**
     * One over as bowled so far.
     *
     * @param over 1 for the first over (the label "0.3" is a ball of over 1)
     * @param runs every run of the over's deliveries, extras included
     * @param total the innings' running total at the over's last ball so far
     * @param wickets the wickets that fell in it, in order (retired hurt and retired not out are not wickets)
     */
    public record Over(int over, int runs, int total, int legalBalls, List<Wicket> wickets) {
        public Over {
            wickets = List.copyOf(wickets);
        }
    }

    /** A wicket on a ball: who fell, how (Cricsheet's word, "caught"), the team score after it and the ball. */
    public record Wicket(String player, String kind, int teamRuns, String ball) {}

    /**
     * The runs two batters added together, extras included; balls are legal balls.
     *
     * @param wicket the wicket it was for: 1 for the openers' stand
     * @param unbroken whether it ended without a wicket (still batting, the innings over, or a retirement)
     */
    public record Partnership(
            int wicket, Contribution first, Contribution second, int runs, int balls, boolean unbroken) {}

    /** A batter's share of a partnership: runs off the bat and balls faced (no-balls count, wides do not). */
    public record Contribution(String name, int runs, int balls) {}
}

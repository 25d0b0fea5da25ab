package cricket.scoring;

import java.util.List;

/**
 * One ball bowled, legal or not, carrying what a Cricsheet delivery carries.
 *
 * @param batterRuns runs credited to the striker off the bat (boundaries included; also those hit off a no-ball)
 * @param nonBoundary the 4 or 6 was run, not a boundary (Cricsheet {@code runs.non_boundary})
 * @param dismissals usually none or one; two are possible on one ball
 * @param crossed whether the batters had crossed when a batter was caught or run out (decides the new batter's end
 *     under the pre-2022 Laws); ignored otherwise
 * @param commentary the scorer's own words for this ball, or {@code null} to let the engine write the line
 */
public record Delivery(
        String bowler,
        String batter,
        String nonStriker,
        int batterRuns,
        boolean nonBoundary,
        Extras extras,
        List<Dismissal> dismissals,
        boolean crossed,
        String commentary) {

    /** A six, or {@link Extras#MAX_RUN} runs run and overthrows (Law 19.8). */
    public static final int MAX_BATTER_RUNS = Extras.MAX_RUN;

    public Delivery {
        bowler = Names.require(bowler, "bowler");
        batter = Names.require(batter, "batter");
        nonStriker = Names.require(nonStriker, "nonStriker");
        if (batter.equals(nonStriker)) {
            throw new IllegalArgumentException("batter and nonStriker must be two different players, got " + batter);
        }
        Names.within(batterRuns, 0, MAX_BATTER_RUNS, "batterRuns");
        extras = extras == null ? Extras.NONE : extras;
        dismissals = Names.list(dismissals, "dismissals");
        commentary = Names.optionalText(commentary, "commentary", Names.COMMENTARY);
    }

    public int totalRuns() {
        return batterRuns + extras.total();
    }

    /** Law 22: wides and no-balls are not one of the over. */
    public boolean legal() {
        return extras.legal();
    }

    /** A four or six that reached the boundary (not one run all the way). */
    public boolean boundary() {
        return !nonBoundary && (batterRuns == 4 || batterRuns == 6);
    }
}

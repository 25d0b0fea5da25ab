package cricket.scoring;

/**
 * Runs on a delivery that are not off the bat, as Cricsheet records them. Each is bounded by what one ball can bring:
 * at most {@link #MAX_RUN} runs run and overthrows (Law 19.8: up to four run, and 4 more when an overthrow reaches
 * the boundary; the real files never pass 5), plus the wide's or no-ball's own penalty.
 *
 * @param wides 1 for the wide plus every run or boundary made from it (Law 22: 5 when it runs to the boundary)
 * @param noballs the no-ball penalty (1, or 2 in ECB competitions; older data folds unhit runs in here)
 * @param byes runs when the ball touched neither bat nor batter
 * @param legbyes runs off the batter's person
 * @param penalty 5-run penalties awarded on this delivery (Laws 41/42), charged to nobody: 0, 5 or 10
 */
public record Extras(int wides, int noballs, int byes, int legbyes, int penalty) {
    public static final Extras NONE = new Extras(0, 0, 0, 0, 0);

    /** Runs run on one ball, overthrows to the boundary included. */
    public static final int MAX_RUN = 8;
    /** The wide itself and the runs made from it. */
    public static final int MAX_WIDES = 1 + MAX_RUN;
    /** A two-run no-ball (ECB) and the runs older data folds into it. */
    public static final int MAX_NOBALLS = 2 + MAX_RUN;
    /** Two awards of 5 on one ball. */
    public static final int MAX_PENALTY = 10;

    public Extras {
        Names.within(wides, 0, MAX_WIDES, "extras.wides");
        Names.within(noballs, 0, MAX_NOBALLS, "extras.noballs");
        Names.within(byes, 0, MAX_RUN, "extras.byes");
        Names.within(legbyes, 0, MAX_RUN, "extras.legbyes");
        Names.penalty(penalty, 0, MAX_PENALTY, "extras.penalty");
        if (wides > 0 && noballs > 0) {
            throw new IllegalArgumentException("a delivery cannot be both a wide and a no-ball (Law 21.14)");
        }
    }

    public int total() {
        return wides + noballs + byes + legbyes + penalty;
    }

    /** Law 22: wides and no-balls do not count as one of the over. */
    public boolean legal() {
        return wides == 0 && noballs == 0;
    }
}

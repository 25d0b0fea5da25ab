package cricket.scoring;

/**
 * Runs on a delivery that are not off the bat, as Cricsheet records them.
 *
 * @param wides 1 for the wide plus every run or boundary made from it (Law 22: 5 when it runs to the boundary)
 * @param noballs the no-ball penalty (1, or 2 in ECB competitions; older data folds unhit runs in here)
 * @param byes runs when the ball touched neither bat nor batter
 * @param legbyes runs off the batter's person
 * @param penalty 5-run penalties awarded on this delivery (Laws 41/42), charged to nobody
 */
public record Extras(int wides, int noballs, int byes, int legbyes, int penalty) {
    public static final Extras NONE = new Extras(0, 0, 0, 0, 0);

    public Extras {
        Names.nonNegative(wides, "extras.wides");
        Names.nonNegative(noballs, "extras.noballs");
        Names.nonNegative(byes, "extras.byes");
        Names.nonNegative(legbyes, "extras.legbyes");
        Names.nonNegative(penalty, "extras.penalty");
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

package cricket.desktop.scoring;

/** The extra the scorer has pressed before the runs key (W, N, B, L; N then B or L for byes off a no-ball). */
public enum PadExtra {
    NONE(""),
    WIDE("Wide: press the runs run (0 for just the wide, 4 for four wides)"),
    NO_BALL("No-ball: press runs off the bat, or B / L for byes / leg-byes"),
    NO_BALL_BYE("No-ball + byes: press the byes run"),
    NO_BALL_LEG_BYE("No-ball + leg-byes: press the leg-byes run"),
    BYE("Byes: press the byes run"),
    LEG_BYE("Leg-byes: press the leg-byes run");

    private final String hint;

    PadExtra(String hint) {
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }

    /** Wide and no-ball deliveries: the scorer may still record a wicket off them (stumped off a wide, run out). */
    boolean illegal() {
        return this == WIDE || this == NO_BALL || this == NO_BALL_BYE || this == NO_BALL_LEG_BYE;
    }
}

package cricket.scoring;

import java.util.Arrays;

/** Every way a batter's innings can end (Laws 32-40, 25.4 retirements), named as Cricsheet names them. */
public enum DismissalKind {
    BOWLED("bowled", true, true),
    CAUGHT("caught", true, true),
    CAUGHT_AND_BOWLED("caught and bowled", true, true),
    LBW("lbw", true, true),
    STUMPED("stumped", true, true),
    RUN_OUT("run out", true, false),
    HIT_WICKET("hit wicket", true, true),
    OBSTRUCTING_THE_FIELD("obstructing the field", true, false),
    HANDLED_THE_BALL("handled the ball", true, false),
    HIT_THE_BALL_TWICE("hit the ball twice", true, false),
    TIMED_OUT("timed out", true, false),
    RETIRED_OUT("retired out", true, false),
    /** Law 25.4.2: not a wicket; the batter may resume. */
    RETIRED_HURT("retired hurt", false, false),
    /** Law 25.4.2: not a wicket; the batter may resume with the captain's consent. */
    RETIRED_NOT_OUT("retired not out", false, false);

    private final String cricsheetName;
    private final boolean wicket;
    private final boolean creditsBowler;

    DismissalKind(String cricsheetName, boolean wicket, boolean creditsBowler) {
        this.cricsheetName = cricsheetName;
        this.wicket = wicket;
        this.creditsBowler = creditsBowler;
    }

    public String cricsheetName() {
        return cricsheetName;
    }

    /** Whether it counts as a wicket to the fielding side. Retired hurt and retired not out do not. */
    public boolean isWicket() {
        return wicket;
    }

    /** Whether the bowler is credited: bowled, caught, caught and bowled, lbw, stumped, hit wicket. */
    public boolean creditsBowler() {
        return creditsBowler;
    }

    public static DismissalKind fromCricsheet(String name) {
        return Arrays.stream(values())
                .filter(k -> k.cricsheetName.equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind must be one of "
                        + Arrays.stream(values()).map(k -> k.cricsheetName).toList() + ", got \"" + name + "\""));
    }
}

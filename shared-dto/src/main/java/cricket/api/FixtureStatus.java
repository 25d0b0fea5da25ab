package cricket.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a fixture stands, as match lists and the match detail carry it: the coarse listing the fans' lists filter on
 * (the engine's {@code MatchStatus} says more, such as an innings break, and maps onto one of these). The wire
 * value is the lowercase word.
 */
public enum FixtureStatus {
    UPCOMING("upcoming"),
    LIVE("live"),
    COMPLETED("completed");

    private final String wire;

    FixtureStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The status named by its wire value; anything else is refused with the values allowed. */
    @JsonCreator
    public static FixtureStatus of(String wire) {
        for (FixtureStatus s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be upcoming, live or completed, got \"" + wire + "\"");
    }
}

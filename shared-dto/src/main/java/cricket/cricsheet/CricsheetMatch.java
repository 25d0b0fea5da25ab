package cricket.cricsheet;

import cricket.scoring.MatchEvent;
import java.util.List;

/**
 * A match read from a Cricsheet file: what the file says about the match and the events a scorer would have
 * recorded, in order.
 *
 * @param sourceId the file's id, e.g. "1082591" for {@code 1082591.json}; {@code null} when the name has none
 */
public record CricsheetMatch(String sourceId, MatchInfo info, List<MatchEvent> events) {
    public CricsheetMatch {
        if (info == null) {
            throw new IllegalArgumentException("info must be given");
        }
        events = List.copyOf(events);
    }

    /** The numeric Cricsheet (ESPNcricinfo) match id, or {@code null} when the source id is not a number. */
    public Long matchId() {
        return sourceId != null && sourceId.matches("\\d{1,18}") ? Long.valueOf(sourceId) : null;
    }
}

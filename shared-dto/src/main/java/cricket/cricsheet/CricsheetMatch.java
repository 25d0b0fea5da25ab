package cricket.cricsheet;

import cricket.scoring.MatchEvent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A match read from a Cricsheet file: what the file says about the match and the events a scorer would have
 * recorded, in order.
 *
 * @param sourceId the file's id, e.g. "1082591" for {@code 1082591.json}; {@code null} when the name has none
 * @param balls each delivery event of {@link #events} (by identity: the same object) and where it stands in the file,
 *     "14.3" for the third delivery of over 14 as the file lists them, wides and no-balls counted; for errors a
 *     person can find
 */
public record CricsheetMatch(String sourceId, MatchInfo info, List<MatchEvent> events, Map<MatchEvent, String> balls) {
    public CricsheetMatch {
        if (info == null) {
            throw new IllegalArgumentException("info must be given");
        }
        events = List.copyOf(events);
        balls = Collections.unmodifiableMap(new IdentityHashMap<>(balls == null ? Map.of() : balls));
    }

    /** The numeric Cricsheet (ESPNcricinfo) match id, or {@code null} when the source id is not a number. */
    public Long matchId() {
        return sourceId != null && sourceId.matches("\\d{1,18}") ? Long.valueOf(sourceId) : null;
    }
}

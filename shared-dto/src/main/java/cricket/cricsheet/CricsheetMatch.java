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
 * @param balls each delivery event (by identity) and its place in the file, for errors a person can find
 */
public record CricsheetMatch(String sourceId, MatchInfo info, List<MatchEvent> events, Map<MatchEvent, String> balls) {
    public CricsheetMatch {
        if (info == null) {
            throw new IllegalArgumentException("info must be given");
        }
        events = List.copyOf(events);
        balls = Collections.unmodifiableMap(new IdentityHashMap<>(balls == null ? Map.of() : balls));
    }

    /** A match whose balls have no place in a file to name (built by hand). */
    public CricsheetMatch(String sourceId, MatchInfo info, List<MatchEvent> events) {
        this(sourceId, info, events, Map.of());
    }

    /**
     * Where {@code event} (one of {@link #events}, the same object) stands in the file: "14.3" for the third
     * delivery of over 14 as the file lists them, wides and no-balls counted; {@code null} for any other event.
     */
    public String ballInFile(MatchEvent event) {
        return balls.get(event);
    }

    /** The numeric Cricsheet (ESPNcricinfo) match id, or {@code null} when the source id is not a number. */
    public Long matchId() {
        return sourceId != null && sourceId.matches("\\d{1,18}") ? Long.valueOf(sourceId) : null;
    }
}

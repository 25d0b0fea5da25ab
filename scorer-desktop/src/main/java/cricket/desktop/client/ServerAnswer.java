package cricket.desktop.client;

import cricket.scoring.MatchEvent;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The server's last answer to this console's outbox, for the status bar: when, whether it took the event, and in a
 * few words what it said ("accepted ball as seq 14", "409: another console scored seq 14 first", "no answer").
 *
 * @param at the laptop's clock when the answer came
 * @param kind how the answer went
 * @param text what the server said, as the scorer reads it
 */
public record ServerAnswer(LocalTime at, Kind kind, String text) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** How an answer went, for the colour the status bar gives it. */
    public enum Kind {
        /** The server took the event. */
        ACCEPTED,
        /** The server refused the event or the session (a 4xx); the banner says what to do. */
        REFUSED,
        /** No answer, or a server failure (5xx, 408, 429): the event is kept and tried again. */
        NO_ANSWER
    }

    public ServerAnswer {
        if (at == null || kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a server answer needs its time, kind and text");
        }
    }

    static ServerAnswer accepted(MatchEvent event, int seq) {
        return now(Kind.ACCEPTED, "accepted " + event.typeName() + " as seq " + seq);
    }

    /** The server could not be reached. */
    static ServerAnswer noAnswer(String reason) {
        return now(Kind.NO_ANSWER, "no answer (" + reason + ")");
    }

    /** A failure the outbox retries (5xx, 408, 429), or a refusal it stops at (any other 4xx). */
    static ServerAnswer of(ApiException e) {
        return e.transientFailure()
                ? now(Kind.NO_ANSWER, e.status() + ", will try again: " + e.getMessage())
                : now(Kind.REFUSED, e.status() + " refused: " + e.getMessage());
    }

    private static ServerAnswer now(Kind kind, String text) {
        return new ServerAnswer(LocalTime.now().withNano(0), kind, text);
    }

    /** "Last answer 14:03:07: accepted ball as seq 14". */
    public String line() {
        return "Last answer " + CLOCK.format(at) + ": " + text;
    }
}

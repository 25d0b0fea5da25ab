package cricket.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/**
 * A bowler takes the ball: at the start of an over, or mid-over when the bowler cannot finish it (Law 17.8: the
 * replacement finishes the over; each ball belongs to whoever bowled it).
 *
 * @param why what kind of change this is; the rules read only this
 * @param note the scorer's words for people (injured, suspended), or {@code null}; no rule reads it
 */
public record BowlerChanged(String bowler, Why why, String note) implements MatchEvent {
    /** The kinds of change the rules tell apart. */
    public enum Why {
        /** The next over's bowler (Law 17.6: not the one who bowled the last over, unless the rules allow it). */
        NEW_OVER,
        /** The bowler on cannot finish the over; this one finishes it (Law 17.8). */
        REPLACEMENT_MID_OVER,
        /**
         * A change the Laws would refuse but the umpires allowed and the record shows (an imported file): the same
         * bowler on again, after a full over or one the umpires ended short, or bowling on past the innings' overs.
         */
        AS_RECORDED
    }

    /** The sentence that marked {@link Why#AS_RECORDED} in the old wire shape, where a free-text reason ruled. */
    static final String OLD_AS_RECORDED_REASON = "bowled two overs running, as recorded";

    public BowlerChanged {
        bowler = Names.require(bowler, "bowler");
        if (why == null) {
            throw new IllegalArgumentException(
                    "why must be one of " + Arrays.toString(Why.values()) + " for bowler " + bowler + ", got nothing");
        }
        note = Names.optionalText(note, "note", Names.REASON);
    }

    /** A change with no note. */
    public BowlerChanged(String bowler, Why why) {
        this(bowler, why, null);
    }

    /**
     * Reads the new shape {@code {"bowler","why","note"}} and the old one {@code {"bowler","reason"}}, which event
     * logs already stored still hold: the old as-recorded sentence is {@link Why#AS_RECORDED}, any other reason a
     * replacement mid-over with the reason as its note, no reason a new over.
     */
    @JsonCreator
    static BowlerChanged fromJson(
            @JsonProperty("bowler") String bowler,
            @JsonProperty("why") Why why,
            @JsonProperty("note") String note,
            @JsonProperty("reason") String reason) {
        if (reason == null || reason.isBlank()) {
            return new BowlerChanged(bowler, why == null ? Why.NEW_OVER : why, note);
        }
        if (why != null || note != null) {
            throw new IllegalArgumentException("reason is the old shape of why and note: give why (one of "
                    + Arrays.toString(Why.values()) + ") and note, or reason alone, got reason \""
                    + reason + "\" with " + (why != null ? "why " + why : "a note"));
        }
        if (reason.strip().equals(OLD_AS_RECORDED_REASON)) {
            return new BowlerChanged(bowler, Why.AS_RECORDED, null);
        }
        return new BowlerChanged(bowler, Why.REPLACEMENT_MID_OVER, reason);
    }

    /** The words commentary adds in brackets: the note, or for a recorded change without one, what it records. */
    String commentaryNote() {
        if (note == null && why == Why.AS_RECORDED) {
            return OLD_AS_RECORDED_REASON;
        }
        return note;
    }
}

package cricket.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fact recorded by the scorer, in the order it happened. The match is the fold of its events through
 * {@link MatchState#apply(MatchEvent)}; corrections ({@link Undo}, {@link ReplaceBall}) are events too, so nothing
 * recorded is ever lost.
 *
 * <p>The n-th event applied to a match has seq n (1-based), the same number the server stores in
 * {@code match_event.seq}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MatchStarted.class, name = "MatchStarted"),
    @JsonSubTypes.Type(value = InningsStarted.class, name = "InningsStarted"),
    @JsonSubTypes.Type(value = BallBowled.class, name = "BallBowled"),
    @JsonSubTypes.Type(value = BatterIn.class, name = "BatterIn"),
    @JsonSubTypes.Type(value = BowlerChanged.class, name = "BowlerChanged"),
    @JsonSubTypes.Type(value = BatterRetired.class, name = "BatterRetired"),
    @JsonSubTypes.Type(value = BatterAbsentHurt.class, name = "BatterAbsentHurt"),
    @JsonSubTypes.Type(value = PenaltyAwarded.class, name = "PenaltyAwarded"),
    @JsonSubTypes.Type(value = InningsClosed.class, name = "InningsClosed"),
    @JsonSubTypes.Type(value = InningsForfeited.class, name = "InningsForfeited"),
    @JsonSubTypes.Type(value = TargetRevised.class, name = "TargetRevised"),
    @JsonSubTypes.Type(value = FollowOnEnforced.class, name = "FollowOnEnforced"),
    @JsonSubTypes.Type(value = PlayerReplaced.class, name = "PlayerReplaced"),
    @JsonSubTypes.Type(value = DayEnded.class, name = "DayEnded"),
    @JsonSubTypes.Type(value = MatchEnded.class, name = "MatchEnded"),
    @JsonSubTypes.Type(value = ResultRecorded.class, name = "ResultRecorded"),
    @JsonSubTypes.Type(value = Undo.class, name = "Undo"),
    @JsonSubTypes.Type(value = ReplaceBall.class, name = "ReplaceBall"),
})
public sealed interface MatchEvent
        permits MatchStarted,
                InningsStarted,
                BallBowled,
                BatterIn,
                BowlerChanged,
                BatterRetired,
                BatterAbsentHurt,
                PenaltyAwarded,
                InningsClosed,
                InningsForfeited,
                TargetRevised,
                FollowOnEnforced,
                PlayerReplaced,
                DayEnded,
                MatchEnded,
                ResultRecorded,
                Undo,
                ReplaceBall {

    /** The event's wire name, as written in the {@code type} property and the server's {@code match_event.type}. */
    default String typeName() {
        return getClass().getSimpleName();
    }
}

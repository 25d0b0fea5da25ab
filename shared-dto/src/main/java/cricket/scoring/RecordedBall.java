package cricket.scoring;

/**
 * An effective ball for the scorer's edit list.
 *
 * @param seq the seq of its {@link BallBowled}, the one a {@link ReplaceBall} names
 * @param over its over.ball label, as {@link CommentaryEntry#over()}
 */
public record RecordedBall(int seq, int innings, String over, Delivery delivery) {}

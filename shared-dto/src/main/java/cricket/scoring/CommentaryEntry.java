package cricket.scoring;

/**
 * One line of ball-by-ball commentary.
 *
 * @param seq the seq of the event it describes
 * @param over the label a scorer shows: 0-based over and the legal-ball counter ("14.3"); a wide or no-ball shares
 *     the label of the next legal ball (Cricsheet 1.2 {@code actual_delivery}); {@code null} for non-ball events
 * @param text "Starc to Kohli, FOUR"; where the scorer wrote commentary, "Starc to Kohli, " and the scorer's words
 */
public record CommentaryEntry(int seq, int innings, String over, String text) {}

/**
 * The pure scoring engine: match events, the fold into {@link cricket.scoring.MatchState}, and its projections.
 *
 * <p>Two kinds of refusal. A record refuses a value no event can carry with an {@link IllegalArgumentException}
 * naming the field and what is allowed: runs within what one ball can bring ({@link cricket.scoring.Extras},
 * {@link cricket.scoring.Delivery#MAX_BATTER_RUNS}), penalties in units of 5, and text of bounded length without
 * control characters (the one rule is {@code Names}). The fold refuses an event that cannot follow the match as it
 * stands with a {@link cricket.scoring.ScoringException} whose sentence says what to do; in particular nothing
 * follows a closed innings or a result but a correction ({@link cricket.scoring.MatchState#refusal}).
 */
package cricket.scoring;

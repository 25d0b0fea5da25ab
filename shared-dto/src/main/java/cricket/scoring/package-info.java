/** The pure scoring engine: match events, the fold into {@link cricket.scoring.MatchState}, and its projections. */
package cricket.scoring;

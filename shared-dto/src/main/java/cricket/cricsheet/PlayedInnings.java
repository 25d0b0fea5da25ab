package cricket.cricsheet;

/**
 * What the reader knows of an innings it has translated.
 *
 * @param runs the total, penalty runs included
 * @param endedByEngine all out, overs done or target reached: the engine closes it without being told
 * @param target the runs a chase needed as the balls measure it, or {@code null} (not a chase, or decided on par)
 * @param absentHurt batters absent hurt, who leave the side fewer wickets to win by
 */
record PlayedInnings(
        String team,
        boolean superOver,
        int runs,
        int wickets,
        int legalBalls,
        boolean declared,
        boolean endedByEngine,
        Integer target,
        int absentHurt) {}

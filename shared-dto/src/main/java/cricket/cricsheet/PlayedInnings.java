package cricket.cricsheet;

/**
 * What the reader knows of an innings it has translated.
 *
 * @param runs the total, penalty runs included
 * @param endedByEngine all out, overs done or target reached: the engine closes it without being told
 */
record PlayedInnings(
        String team,
        boolean superOver,
        int runs,
        int wickets,
        int legalBalls,
        boolean declared,
        boolean endedByEngine) {}

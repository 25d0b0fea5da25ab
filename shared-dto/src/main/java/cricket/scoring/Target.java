package cricket.scoring;

/**
 * What the chasing side must reach.
 *
 * @param runs runs needed to win
 * @param overs overs available in over.ball form ("47", "9.5"), or {@code null} when unlimited
 */
public record Target(int runs, String overs) {
    public Target {
        if (runs < 1) {
            throw new IllegalArgumentException("target runs must be 1 or more, got " + runs);
        }
    }
}

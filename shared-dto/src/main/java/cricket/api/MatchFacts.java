package cricket.api;

import java.time.Instant;

/**
 * What a printed card says of a match beside its scoring: the competition, the ground, the day and the officials.
 * The server reads them from the fixture, the console from the match's detail ({@link MatchDetail#facts()}), so both
 * print the same card.
 */
public record MatchFacts(String tournament, String venue, Instant startTime, Officials officials) {
    public MatchFacts {
        officials = officials == null ? Officials.NONE : officials;
    }
}

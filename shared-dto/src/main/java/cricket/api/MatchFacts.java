package cricket.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a printed card says of a match beside its scoring: the competition, the ground, the days and the officials.
 * The server reads them from the fixture, the console from the match's detail ({@link MatchDetail#facts()}), so both
 * print the same card.
 *
 * @param lastDay the last day of a match played over days, when its record names one (a Cricsheet file's last date);
 *     null when it names none, and the card then counts the days from the match's stumps
 */
public record MatchFacts(String tournament, String venue, Instant startTime, Officials officials, LocalDate lastDay) {
    public MatchFacts {
        officials = officials == null ? Officials.NONE : officials;
    }

    /** The facts of a fixture that names no last day. */
    public MatchFacts(String tournament, String venue, Instant startTime, Officials officials) {
        this(tournament, venue, startTime, officials, null);
    }
}

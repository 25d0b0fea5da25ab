package cricket.print;

import cricket.api.MatchFacts;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.Team;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a printed card shows beside the scorecard itself.
 *
 * @param title the heading, "Lions v Tigers"
 * @param facts lines under it (competition, ground, dates), in order; may be empty
 * @param officials names under the label the card prints ("Umpires", "Match referee"), in order; empty when the
 *     match recorded none, which the card then says
 * @param ballsPerOver the match's, for the economy rates
 * @param teams the sides and their players, for "did not bat"
 */
public record CardDetails(
        String title, List<String> facts, Map<String, List<String>> officials, int ballsPerOver, List<Team> teams) {
    public CardDetails {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a card needs a title, got \"" + title + "\"");
        }
        if (ballsPerOver < 1) {
            throw new IllegalArgumentException("ballsPerOver must be 1 or more, got " + ballsPerOver);
        }
        facts = List.copyOf(facts);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        officials.forEach((role, names) -> copy.put(role, List.copyOf(names)));
        officials = java.util.Collections.unmodifiableMap(copy);
        teams = List.copyOf(teams);
    }

    /** A printed card's date, "2 December 2026", in UTC as the fixture stores its start. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /**
     * The card of a match the server holds: the sides as the title, then the tournament, the venue and the match's
     * dates, and the officials by role. The server's scorecard.pdf and the console's Export PDF both call this with
     * the same state and facts, so they print the same card.
     */
    public static CardDetails of(MatchState state, MatchFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.tournament() != null && !facts.tournament().isBlank()) {
            lines.add(facts.tournament());
        }
        if (facts.venue() != null && !facts.venue().isBlank()) {
            lines.add(facts.venue());
        }
        if (facts.startTime() != null) {
            LocalDate first = facts.startTime().atZone(ZoneOffset.UTC).toLocalDate();
            lines.add(dates(first, lastDay(state, facts, first)));
        }
        return of(state, lines, facts.officials().labelled());
    }

    /**
     * The match's last day: the one its record names, else in a match played over days the day of play its stumps
     * have reached (day 3 of a Test that started on the 12th is the 14th). A recorded one that is not after the first
     * (a fixture moved later since the record was read) is ignored.
     */
    private static LocalDate lastDay(MatchState state, MatchFacts facts, LocalDate first) {
        if (facts.lastDay() != null && facts.lastDay().isAfter(first)) {
            return facts.lastDay();
        }
        Integer day = state.liveScore().day();
        return day == null ? first : first.plusDays(day - 1L);
    }

    /** "12 March 2024", "12–16 March 2024", "30 March – 3 April 2024", "30 December 2023 – 3 January 2024". */
    static String dates(LocalDate first, LocalDate last) {
        if (!last.isAfter(first)) {
            return DATE.format(first);
        }
        String to = "\u2013";
        if (first.getYear() != last.getYear()) {
            return DATE.format(first) + " " + to + " " + DATE.format(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return DAY_MONTH.format(first) + " " + to + " " + DATE.format(last);
        }
        return first.getDayOfMonth() + to + DATE.format(last);
    }

    /** The details a match's events carry: the sides as the title and its rules, with these facts and officials. */
    public static CardDetails of(MatchState state, List<String> facts, Map<String, List<String>> officials) {
        List<Team> teams = state.teams();
        String title =
                teams.size() == 2 ? teams.get(0).name() + " v " + teams.get(1).name() : "Scorecard";
        return new CardDetails(
                title,
                facts,
                officials,
                state.rules().map(MatchRules::ballsPerOver).orElse(6),
                teams);
    }
}

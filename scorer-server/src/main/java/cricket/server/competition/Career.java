package cricket.server.competition;

import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.MatchStatus;
import cricket.scoring.Scorecard;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A player's figures over every finished match they played in, one set per format: matches, batting, bowling (super
 * overs not counted).
 */
public record Career(String player, List<InFormat> formats) {
    public Career {
        formats = List.copyOf(formats);
    }

    /**
     * @param format "multi-day" for matches without an overs limit, else the innings' length: "20-over", "50-over",
     *     and "100-ball" for twenty five-ball overs
     */
    public record InFormat(String format, int matches, Batting batting, Bowling bowling) {}

    /**
     * The player's figures over the matches given, counting a match once it has a result (a match in progress is
     * left out, as the tournament's table and leaders leave it out) and only when the player played in it: picked in
     * a starting side, or a substitute who batted or bowled ({@link cricket.scoring.PlayerReplaced}: the starting
     * sides do not name them).
     */
    public static Career of(String player, List<MatchState> matches) {
        Map<String, Figures> figures = new TreeMap<>();
        Map<String, Integer> played = new TreeMap<>();
        for (MatchState state : matches) {
            MatchRules rules = state.rules().orElse(null);
            if (rules == null || state.status() != MatchStatus.COMPLETED) {
                continue;
            }
            Scorecard card = state.scorecard();
            if (!played(state.teams(), card, player)) {
                continue;
            }
            String format = format(rules);
            played.merge(format, 1, Integer::sum);
            Figures f = figures.computeIfAbsent(format, k -> new Figures());
            for (InningsCard innings : card.innings()) {
                if (innings.superOver()) {
                    continue;
                }
                for (BattingLine line : innings.batting()) {
                    if (line.name().equals(player)) {
                        f.bat(line);
                    }
                }
                for (BowlingLine line : innings.bowling()) {
                    if (line.name().equals(player)) {
                        f.bowl(line, rules.ballsPerOver());
                    }
                }
            }
        }
        List<InFormat> formats = new ArrayList<>();
        figures.forEach((format, f) -> formats.add(new InFormat(format, played.get(format), f.batting(), f.bowling())));
        return new Career(player, formats);
    }

    private static boolean played(List<Team> sides, Scorecard card, String player) {
        return sides.stream().anyMatch(t -> t.players().contains(player))
                || namesOnTheCard(card).contains(player);
    }

    /** Everyone with a batting or bowling line on the card, substitutes included. */
    public static Set<String> namesOnTheCard(Scorecard card) {
        Set<String> names = new HashSet<>();
        for (InningsCard innings : card.innings()) {
            innings.batting().forEach(line -> names.add(line.name()));
            innings.bowling().forEach(line -> names.add(line.name()));
        }
        return names;
    }

    static String format(MatchRules rules) {
        if (!rules.limitedOvers()) {
            return "multi-day";
        }
        if (rules.ballsPerOver() != 6) {
            return rules.oversPerInnings() * rules.ballsPerOver() + "-ball";
        }
        return rules.oversPerInnings() + "-over";
    }
}

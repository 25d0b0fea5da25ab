package cricket.server.competition;

import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A player's figures over every match they were picked for, one set per format: matches, batting, bowling (super
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

    public static Career of(String player, List<MatchState> matches) {
        Map<String, Figures> figures = new TreeMap<>();
        Map<String, Integer> played = new TreeMap<>();
        for (MatchState state : matches) {
            MatchRules rules = state.rules().orElse(null);
            if (rules == null || state.teams().stream().noneMatch(t -> picked(t, player))) {
                continue;
            }
            String format = format(rules);
            played.merge(format, 1, Integer::sum);
            Figures f = figures.computeIfAbsent(format, k -> new Figures());
            for (InningsCard innings : state.scorecard().innings()) {
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

    private static boolean picked(Team team, String player) {
        return team.players().contains(player);
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

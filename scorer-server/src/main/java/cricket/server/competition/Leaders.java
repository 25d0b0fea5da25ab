package cricket.server.competition;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchStatus;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tournament's leading run scorers and wicket takers, over every innings of every finished match in it (playoffs
 * included; super overs and matches in progress not), substitutes who batted or bowled included: runs by most runs, then fewest balls; wickets by most wickets, then the lower
 * average, then the lower economy.
 */
public record Leaders(List<RunsLeader> runs, List<WicketsLeader> wickets) {
    public Leaders {
        runs = List.copyOf(runs);
        wickets = List.copyOf(wickets);
    }

    /** @param playerId the player's id for their career page, or null when not known */
    public record RunsLeader(
            Long playerId,
            String player,
            String team,
            @JsonUnwrapped Batting figures) {}

    /** @param playerId the player's id for their career page, or null when not known */
    public record WicketsLeader(
            Long playerId,
            String player,
            String team,
            @JsonUnwrapped Bowling figures) {}

    /** Every player named, for {@link #withIds}. */
    public Set<String> players() {
        Set<String> names = new TreeSet<>();
        runs.forEach(r -> names.add(r.player()));
        wickets.forEach(w -> names.add(w.player()));
        return names;
    }

    /** The same leaders with each player's id from {@code ids} (by name). */
    public Leaders withIds(Map<String, Long> ids) {
        return new Leaders(
                runs.stream()
                        .map(r -> new RunsLeader(ids.get(r.player()), r.player(), r.team(), r.figures()))
                        .toList(),
                wickets.stream()
                        .map(w -> new WicketsLeader(ids.get(w.player()), w.player(), w.team(), w.figures()))
                        .toList());
    }

    private record Key(String player, String team) {}

    public static Leaders of(List<PlayedMatch> matches) {
        Map<Key, Figures> figures = new LinkedHashMap<>();
        for (PlayedMatch m : matches) {
            MatchRules rules = m.state().rules().orElse(null);
            if (rules == null || m.state().status() != MatchStatus.COMPLETED) {
                continue; // a match in progress counts once it ends, as the table counts it
            }
            for (InningsCard innings : m.state().scorecard().innings()) {
                if (innings.superOver()) {
                    continue;
                }
                String fielding = fieldingSide(m.state().teams(), innings.battingTeam());
                for (BattingLine line : innings.batting()) {
                    figures.computeIfAbsent(new Key(line.name(), innings.battingTeam()), k -> new Figures())
                            .bat(line);
                }
                for (BowlingLine line : innings.bowling()) {
                    figures.computeIfAbsent(new Key(line.name(), fielding), k -> new Figures())
                            .bowl(line, rules.ballsPerOver());
                }
            }
        }
        List<RunsLeader> runs = new ArrayList<>();
        List<WicketsLeader> wickets = new ArrayList<>();
        figures.forEach((key, f) -> {
            if (f.batted()) {
                runs.add(new RunsLeader(null, key.player(), key.team(), f.batting()));
            }
            if (f.bowled()) {
                wickets.add(new WicketsLeader(null, key.player(), key.team(), f.bowling()));
            }
        });
        runs.sort(Comparator.<RunsLeader>comparingInt(r -> -r.figures().runs())
                .thenComparingInt(r -> r.figures().balls())
                .thenComparing(RunsLeader::player));
        wickets.sort(Comparator.<WicketsLeader>comparingInt(w -> -w.figures().wickets())
                .thenComparing(w -> w.figures().average(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(w -> w.figures().economy(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WicketsLeader::player));
        return new Leaders(runs, wickets);
    }

    private static String fieldingSide(List<Team> teams, String batting) {
        return teams.stream()
                .map(Team::name)
                .filter(name -> !name.equals(batting))
                .findFirst()
                .orElse(batting);
    }
}

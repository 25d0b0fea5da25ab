package cricket.desktop.scoring;

import cricket.desktop.client.LocalMatch;
import cricket.scoring.BattingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.LiveScore;
import cricket.scoring.MatchStarted;
import cricket.scoring.MatchState;
import cricket.scoring.Team;
import cricket.scoring.TossDecision;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may be picked right now: the playing XIs from the match's start, less those out, in, or barred. */
public final class Roster {
    private final LocalMatch match;

    Roster(LocalMatch match) {
        this.match = match;
    }

    private MatchStarted started() {
        return match.events().stream()
                .filter(MatchStarted.class::isInstance)
                .map(MatchStarted.class::cast)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("the match has not been set up yet"));
    }

    public List<String> teamNames() {
        return started().teams().stream().map(Team::name).toList();
    }

    public List<String> players(String team) {
        return started().teams().stream()
                .filter(t -> t.name().equals(team))
                .findFirst()
                .map(Team::players)
                .orElse(List.of());
    }

    public String battingTeam(MatchState state) {
        String team = state.liveScore().battingTeam();
        return team == null ? nextBattingTeam(state) : team;
    }

    public String fieldingTeam(MatchState state) {
        return other(battingTeam(state));
    }

    public String other(String team) {
        return teamNames().stream().filter(t -> !t.equals(team)).findFirst().orElse(team);
    }

    /** The side to bat next: by the toss for the first innings, else the side that did not bat last. */
    public String nextBattingTeam(MatchState state) {
        List<InningsCard> innings = state.scorecard().innings();
        if (!innings.isEmpty()) {
            return other(innings.get(innings.size() - 1).battingTeam());
        }
        MatchStarted start = started();
        String winner = start.tossWinner() == null ? teamNames().get(0) : start.tossWinner();
        return start.tossDecision() == TossDecision.FIELD ? other(winner) : winner;
    }

    /**
     * Batters of the batting side who can come in: not out, not at the crease. Those yet to bat come first; a batter
     * who retired not out (and may resume, Law 25.4) comes last, so Enter never brings straight back the one who just
     * left.
     */
    public List<String> availableBatters(MatchState state) {
        List<InningsCard> innings = state.scorecard().innings();
        Set<String> unavailable = state.liveScore().batters().stream()
                .map(LiveScore.BatterFigures::name)
                .collect(Collectors.toSet());
        Set<String> batted = new HashSet<>();
        if (!innings.isEmpty()) {
            for (BattingLine line : innings.get(innings.size() - 1).batting()) {
                batted.add(line.name());
                if (line.out()) {
                    unavailable.add(line.name());
                }
            }
        }
        // Those yet to bat first, then retired batters who may resume; a stable sort keeps the batting order.
        return players(battingTeam(state)).stream()
                .filter(p -> !unavailable.contains(p))
                .sorted(Comparator.comparing(batted::contains))
                .toList();
    }

    /** Bowlers who may bowl the next over: Law 17.8, not the one who bowled the last over. */
    public List<String> availableBowlers(MatchState state) {
        String barred = state.lastOverBowler().orElse(null);
        return players(fieldingTeam(state)).stream()
                .filter(p -> !p.equals(barred))
                .toList();
    }
}

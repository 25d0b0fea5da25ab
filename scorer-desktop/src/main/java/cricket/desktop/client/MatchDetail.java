package cricket.desktop.client;

import cricket.scoring.MatchRules;
import java.util.List;

/** A match as {@code GET /api/v1/matches/{id}} describes it: the two squads and the rules, if already set. */
public record MatchDetail(
        long id,
        String tournament,
        String venue,
        String status,
        long version,
        List<SquadTeam> teams,
        MatchRules rules) {

    public MatchDetail {
        teams = List.copyOf(teams == null ? List.of() : teams);
    }

    /** A team and the players it may pick from. */
    public record SquadTeam(long id, String name, List<Player> squad) {
        public SquadTeam {
            squad = List.copyOf(squad == null ? List.of() : squad);
        }

        public List<String> playerNames() {
            return squad.stream().map(Player::name).toList();
        }
    }

    /** A registered player. */
    public record Player(long id, String name) {}
}

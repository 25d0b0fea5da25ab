package cricket.api;

import java.util.List;

/** One team's squad in a tournament: the players it may pick its XI from. */
public record Squad(long teamId, String team, List<PlayerRef> players) {
    public Squad {
        players = List.copyOf(players == null ? List.of() : players);
    }
}

package cricket.api;

import java.util.List;

/** A team of a match with its squad for that tournament: the players it may pick from. */
public record MatchTeam(long id, String name, List<PlayerRef> squad) {
    public MatchTeam {
        squad = List.copyOf(squad == null ? List.of() : squad);
    }

    public List<String> playerNames() {
        return squad.stream().map(PlayerRef::name).toList();
    }
}

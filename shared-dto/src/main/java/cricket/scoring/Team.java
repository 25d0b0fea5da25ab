package cricket.scoring;

import java.util.List;

/** A side as it takes the field: its name and the players in its playing squad (may be more than 11). */
public record Team(String name, List<String> players) {
    public Team {
        name = Names.require(name, "team name");
        players = List.copyOf(players == null ? List.of() : players);
    }
}

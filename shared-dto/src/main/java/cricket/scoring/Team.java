package cricket.scoring;

import java.util.List;

/** A side as it takes the field: its name and the players in its playing squad (may be more than 11). */
public record Team(String name, List<String> players) {
    public Team {
        String team = Names.require(name, "team name");
        name = team;
        players = Names.list(players, "players of " + team).stream()
                .map(p -> Names.require(p, "player of " + team))
                .toList();
    }
}

package cricket.server.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixture's two sides and their squads, which events must agree with. A port: the fixture package answers it,
 * so scoring reads fixtures without depending on how they are stored.
 */
public interface MatchSides {
    /** The match's home and away sides, empty when there is no such match. */
    Optional<List<Side>> of(long matchId);

    /** A side of the fixture and the players of its squad for the match's tournament. */
    record Side(String name, Set<String> squad) {
        public Side {
            squad = Set.copyOf(squad);
        }
    }
}

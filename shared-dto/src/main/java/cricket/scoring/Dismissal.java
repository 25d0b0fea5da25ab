package cricket.scoring;

import java.util.List;

/** One batter out (or retired) on a delivery; the batter need not be the striker (run out at either end). */
public record Dismissal(DismissalKind kind, String playerOut, List<Fielder> fielders) {
    public Dismissal {
        if (kind == null) {
            throw new IllegalArgumentException("dismissal kind must be given");
        }
        playerOut = Names.require(playerOut, "playerOut");
        fielders = Names.list(fielders, "fielders");
    }
}

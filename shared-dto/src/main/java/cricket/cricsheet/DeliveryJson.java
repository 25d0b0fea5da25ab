package cricket.cricsheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.Extras;
import java.util.List;

/** One {@link Delivery} as a Cricsheet delivery object, keys in Cricsheet's order. */
final class DeliveryJson {
    private DeliveryJson() {}

    static ObjectNode of(ObjectMapper mapper, Delivery d, List<ObjectNode> roles, List<ObjectNode> matchReplacements) {
        ObjectNode node = mapper.createObjectNode();
        node.put("batter", d.batter());
        node.put("bowler", d.bowler());
        Extras e = d.extras();
        if (e.total() > 0) {
            ObjectNode extras = node.putObject("extras");
            putPositive(extras, "byes", e.byes());
            putPositive(extras, "legbyes", e.legbyes());
            putPositive(extras, "noballs", e.noballs());
            putPositive(extras, "penalty", e.penalty());
            putPositive(extras, "wides", e.wides());
        }
        node.put("non_striker", d.nonStriker());
        if (!roles.isEmpty() || !matchReplacements.isEmpty()) {
            ObjectNode replacements = node.putObject("replacements");
            if (!matchReplacements.isEmpty()) {
                replacements.putArray("match").addAll(matchReplacements);
            }
            if (!roles.isEmpty()) {
                replacements.putArray("role").addAll(roles);
            }
        }
        ObjectNode runs = node.putObject("runs");
        runs.put("batter", d.batterRuns());
        runs.put("extras", e.total());
        if (d.nonBoundary()) {
            runs.put("non_boundary", true);
        }
        runs.put("total", d.totalRuns());
        if (!d.dismissals().isEmpty()) {
            ArrayNode wickets = node.putArray("wickets");
            for (Dismissal dismissal : d.dismissals()) {
                ObjectNode wicket = wickets.addObject();
                if (!dismissal.fielders().isEmpty()) {
                    wicket.set("fielders", InningsWriter.fielders(mapper, dismissal));
                }
                wicket.put("kind", dismissal.kind().cricsheetName());
                wicket.put("player_out", dismissal.playerOut());
            }
        }
        return node;
    }

    private static void putPositive(ObjectNode node, String field, int value) {
        if (value > 0) {
            node.put(field, value);
        }
    }
}

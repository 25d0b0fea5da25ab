package cricket.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.DismissalKind;
import cricket.scoring.Extras;
import cricket.scoring.Fielder;
import java.util.ArrayList;
import java.util.List;

/** One Cricsheet delivery object to a {@link Delivery}, checking every field it reads. */
final class DeliveryParser {
    private static final int MAX_EXTRA = Math.max(Extras.MAX_WIDES, Extras.MAX_NOBALLS);

    private DeliveryParser() {}

    /** Every field it reads is checked by the reader or by the records' own bounds, named with the ball's place. */
    static Delivery parse(JsonNode d, JsonFields at) {
        try {
            return read(d, at);
        } catch (IllegalArgumentException e) {
            throw at.invalid(e);
        }
    }

    private static Delivery read(JsonNode d, JsonFields at) {
        String batter = at.text(d, "batter");
        String nonStriker = at.text(d, "non_striker");
        if (batter.equals(nonStriker)) {
            throw at.error("non_striker", "must differ from batter", JsonFields.get(d, "non_striker"));
        }
        int batterRuns = at.whole(d, "runs.batter", 0, Delivery.MAX_BATTER_RUNS);
        Extras extras = extras(d, at);
        int extraRuns = at.optionalWhole(d, "runs.extras", 0, MAX_EXTRA * 5, extras.total());
        if (extraRuns != extras.total()) {
            throw at.error(
                    "runs.extras",
                    "must equal the sum of extras (" + extras.total() + ")",
                    JsonFields.get(d, "runs.extras"));
        }
        int total = at.optionalWhole(d, "runs.total", 0, MAX_EXTRA * 6, batterRuns + extraRuns);
        if (total != batterRuns + extraRuns) {
            throw at.error(
                    "runs.total",
                    "must equal runs.batter + runs.extras (" + (batterRuns + extraRuns) + ")",
                    JsonFields.get(d, "runs.total"));
        }
        return new Delivery(
                at.text(d, "bowler"),
                batter,
                nonStriker,
                batterRuns,
                at.flag(d, "runs.non_boundary"),
                extras,
                dismissals(d, at),
                false,
                null);
    }

    private static Extras extras(JsonNode d, JsonFields at) {
        int wides = at.optionalWhole(d, "extras.wides", 0, Extras.MAX_WIDES, 0);
        int noballs = at.optionalWhole(d, "extras.noballs", 0, Extras.MAX_NOBALLS, 0);
        if (wides > 0 && noballs > 0) {
            throw at.error("extras", "cannot hold both wides and noballs (Law 21.14)", JsonFields.get(d, "extras"));
        }
        return new Extras(
                wides,
                noballs,
                at.optionalWhole(d, "extras.byes", 0, Extras.MAX_RUN, 0),
                at.optionalWhole(d, "extras.legbyes", 0, Extras.MAX_RUN, 0),
                at.optionalWhole(d, "extras.penalty", 0, Extras.MAX_PENALTY, 0));
    }

    private static List<Dismissal> dismissals(JsonNode d, JsonFields at) {
        List<Dismissal> dismissals = new ArrayList<>();
        List<JsonNode> wickets = at.array(d, "wickets");
        for (int i = 0; i < wickets.size(); i++) {
            JsonNode w = wickets.get(i);
            String field = "wickets[" + i + "]";
            DismissalKind kind;
            try {
                kind = DismissalKind.fromCricsheet(at.text(w, "kind"));
            } catch (IllegalArgumentException e) {
                throw at.error(field + ".kind", e.getMessage().replaceFirst("^kind ", ""));
            }
            List<Fielder> fielders = new ArrayList<>();
            for (JsonNode fielder : at.array(w, "fielders")) {
                String name = at.optionalText(fielder, "name");
                boolean substitute = at.flag(fielder, "substitute");
                if (name == null && !substitute) {
                    throw at.error(field + ".fielders", "must name each fielder unless substitute is true", fielder);
                }
                fielders.add(new Fielder(name, substitute));
            }
            dismissals.add(new Dismissal(kind, at.text(w, "player_out"), fielders));
        }
        return dismissals;
    }
}

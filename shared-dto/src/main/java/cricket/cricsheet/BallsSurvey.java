package cricket.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.DismissalKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader must know of every ball before it translates them, gathered in one walk over the raw innings (the
 * reader walked them four times, building a list of each innings' balls each time: a tenth of a whole archive's
 * reading): who each side shows playing, the smallest no-ball, and whether a striker was out on a would-be free hit.
 * Reads the raw JSON leniently: a missing part is empty, and the translation refuses what is malformed.
 */
final class BallsSurvey {
    private static final List<String> BATTING_ROLES = List.of("batter", "non_striker");
    private static final List<String> BOWLING_ROLES = List.of("bowler");

    private final Map<String, List<String>> shown = new HashMap<>();
    private int smallestNoBall = Integer.MAX_VALUE;
    private boolean outOnAFreeHit;

    private BallsSurvey() {}

    /** @param teamNames the file's two teams; an innings of another team shows nobody (it is refused when read) */
    static BallsSurvey of(List<JsonNode> innings, List<String> teamNames) {
        BallsSurvey survey = new BallsSurvey();
        teamNames.forEach(team -> survey.shown.put(team, new ArrayList<>()));
        for (JsonNode inning : innings) {
            survey.innings(inning, teamNames);
        }
        return survey;
    }

    private void innings(JsonNode inning, List<String> teamNames) {
        String battingTeam = inning.path("team").asText();
        boolean known = teamNames.contains(battingTeam);
        if (known) {
            inning.path("absent_hurt").forEach(name -> add(battingTeam, name));
        }
        boolean freeHit = false;
        for (JsonNode over : inning.path("overs")) {
            for (JsonNode delivery : over.path("deliveries")) {
                if (known) {
                    for (String team : teamNames) {
                        names(delivery, team, team.equals(battingTeam));
                    }
                }
                JsonNode extras = delivery.path("extras");
                int noballs = extras.path("noballs").asInt(0);
                if (noballs > 0) {
                    smallestNoBall = Math.min(smallestNoBall, noballs);
                }
                if (freeHit && strikerOutAsAFreeHitForbids(delivery)) {
                    outOnAFreeHit = true;
                }
                freeHit = noballs > 0 || extras.path("wides").asInt(0) > 0 && freeHit;
            }
        }
    }

    /** Everyone a ball shows playing for the side: batting, bowling, out, replaced. */
    private void names(JsonNode delivery, String team, boolean batting) {
        for (String role : batting ? BATTING_ROLES : BOWLING_ROLES) {
            add(team, delivery.get(role));
        }
        if (batting) {
            delivery.path("wickets").forEach(w -> add(team, w.get("player_out")));
        }
        for (JsonNode r : delivery.path("replacements").path("match")) {
            if (team.equals(r.path("team").asText())) {
                add(team, r.get("out"));
            }
        }
    }

    private void add(String team, JsonNode name) {
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
            shown.get(team).add(name.asText().strip());
        }
    }

    /** The names the balls show playing for the side, in the file's order, repeats included. */
    List<String> shown(String team) {
        return shown.getOrDefault(team, List.of());
    }

    /** The smallest no-ball in the file, or {@link Integer#MAX_VALUE} when there is none. */
    int smallestNoBall() {
        return smallestNoBall;
    }

    /**
     * Whether a striker was out in a way a free hit rules out on the ball after a no-ball: then the match was not
     * played with a free hit after every no-ball (a competition's own conditions), and the engine must not refuse it.
     */
    boolean outOnAFreeHit() {
        return outOnAFreeHit;
    }

    private static boolean strikerOutAsAFreeHitForbids(JsonNode delivery) {
        for (JsonNode wicket : delivery.path("wickets")) {
            if (barredOnAFreeHit(wicket.path("kind").asText())
                    && wicket.path("player_out")
                            .asText()
                            .equals(delivery.path("batter").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The engine's rule (a playing condition; Law 21.18 for the no-ball itself): on a free hit the striker cannot be
     * out in any way that credits the bowler.
     */
    private static boolean barredOnAFreeHit(String kind) {
        try {
            return DismissalKind.fromCricsheet(kind).creditsBowler();
        } catch (IllegalArgumentException e) {
            return false; // an unknown kind: the delivery's own reading names it
        }
    }
}

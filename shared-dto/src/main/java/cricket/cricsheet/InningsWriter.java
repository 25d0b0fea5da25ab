package cricket.cricsheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.BallBowled;
import cricket.scoring.BatterAbsentHurt;
import cricket.scoring.BatterIn;
import cricket.scoring.BatterRetired;
import cricket.scoring.BowlerChanged;
import cricket.scoring.ClosureReason;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.Fielder;
import cricket.scoring.InningsClosed;
import cricket.scoring.InningsForfeited;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.PenaltyAwarded;
import cricket.scoring.PlayerReplaced;
import cricket.scoring.ResultRecorded;
import cricket.scoring.RetirementKind;
import cricket.scoring.TargetRevised;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code innings} array from effective events. As the engine reads them, a bowler change for a new over
 * starts one (after fewer legal balls than an over has, the umpire ended it short), a replacement is one finishing
 * the over (as is a change {@link BowlerChanged.Why#AS_RECORDED} to another bowler; to the same one it is a short
 * over, then the same bowler again), and a ball after a full over with no change is a long over.
 */
final class InningsWriter {
    private final ObjectMapper mapper;
    private final MatchRules rules;
    private final ArrayNode innings;
    private final List<Integer> totals = new ArrayList<>();
    private final List<Boolean> superOvers = new ArrayList<>();

    private ObjectNode current;
    private ArrayNode overs;
    private ArrayNode deliveries;
    private ObjectNode lastDelivery;
    private int overNumber;
    private int legalInOver;
    private boolean newOverDue;
    private int runs;
    private int pre;
    private int post;
    private TargetRevised revision;
    private String bowler;
    private String retiredBatter;
    private final List<ObjectNode> pendingRoles = new ArrayList<>();
    private final List<ObjectNode> pendingMatch = new ArrayList<>();
    private MatchInfo.Outcome recorded;

    InningsWriter(ObjectMapper mapper, MatchRules rules) {
        this.mapper = mapper;
        this.rules = rules;
        this.innings = mapper.createArrayNode();
    }

    ArrayNode json() {
        return innings;
    }

    MatchInfo.Outcome recordedOutcome() {
        return recorded;
    }

    void write(List<MatchEvent> events) {
        for (MatchEvent event : events) {
            apply(event);
        }
        finishInnings();
    }

    private void apply(MatchEvent event) {
        if (event instanceof InningsStarted) {
            start((InningsStarted) event);
        } else if (event instanceof InningsForfeited) {
            finishInnings();
            ObjectNode forfeited = innings.addObject();
            forfeited.put("team", ((InningsForfeited) event).battingTeam());
            forfeited.putArray("overs");
            forfeited.put("forfeited", true);
            totals.add(0);
            superOvers.add(false);
        } else if (event instanceof BallBowled) {
            ball(((BallBowled) event).delivery());
        } else if (event instanceof BowlerChanged) {
            bowlerChanged((BowlerChanged) event);
        } else if (event instanceof BatterRetired) {
            retired((BatterRetired) event);
        } else if (event instanceof BatterIn) {
            batterIn((BatterIn) event);
        } else if (event instanceof BatterAbsentHurt && current != null) {
            current.withArray("absent_hurt").add(((BatterAbsentHurt) event).batter());
        } else if (event instanceof PenaltyAwarded && current != null) {
            penalty((PenaltyAwarded) event);
        } else if (event instanceof TargetRevised) {
            revision = (TargetRevised) event;
        } else if (event instanceof InningsClosed && current != null) {
            if (((InningsClosed) event).reason() == ClosureReason.DECLARED) {
                current.put("declared", true);
            }
        } else if (event instanceof PlayerReplaced) {
            PlayerReplaced r = (PlayerReplaced) event;
            ObjectNode entry = mapper.createObjectNode();
            entry.put("in", r.playerIn());
            entry.put("out", r.playerOut());
            CricsheetWriter.putIfPresent(entry, "reason", r.reason());
            entry.put("team", r.team());
            pendingMatch.add(entry);
        } else if (event instanceof ResultRecorded) {
            recorded = MatchInfo.Outcome.from(((ResultRecorded) event).result());
        }
    }

    private void start(InningsStarted started) {
        finishInnings();
        current = mapper.createObjectNode();
        current.put("team", started.battingTeam());
        overs = current.putArray("overs");
        deliveries = null;
        lastDelivery = null;
        overNumber = 0;
        legalInOver = 0;
        newOverDue = false;
        runs = 0;
        pre = 0;
        post = 0;
        revision = null;
        bowler = started.bowler();
        superOvers.add(started.superOver());
        if (started.superOver()) {
            current.put("super_over", true);
        }
    }

    private void bowlerChanged(BowlerChanged change) {
        // As the engine reads it: a new over, or the bowler already on named "as recorded", after balls of this over
        // ends it short; any other change is a replacement finishing the over.
        boolean again =
                change.why() == BowlerChanged.Why.AS_RECORDED && change.bowler().equals(bowler);
        boolean endsShortOver = change.why() == BowlerChanged.Why.NEW_OVER || again;
        if (again && legalInOver >= rules.ballsPerOver() && oversDone()) {
            return; // the innings' overs are done and the bowler bowls on: a long last over, in the same over
        }
        if (legalInOver >= rules.ballsPerOver() || (lastDelivery != null && endsShortOver)) {
            newOverDue = true;
        } else if (change.why() != BowlerChanged.Why.NEW_OVER && lastDelivery != null) {
            ObjectNode role = mapper.createObjectNode();
            role.put("in", change.bowler());
            role.put("out", bowler);
            CricsheetWriter.putIfPresent(role, "reason", change.note());
            role.put("role", "bowler");
            pendingRoles.add(role);
        }
        bowler = change.bowler();
    }

    /** Whether the over just completed was the innings' last, as the engine counts overs (each one whole). */
    private boolean oversDone() {
        boolean superOver = current.path("super_over").asBoolean(false);
        Integer limit = superOver
                ? Integer.valueOf(rules.ballsPerOver())
                : revision != null && revision.legalBalls() != null
                        ? revision.legalBalls()
                        : rules.limitedOvers() ? Integer.valueOf(rules.oversPerInnings() * rules.ballsPerOver()) : null;
        return limit != null && (overNumber + 1) * rules.ballsPerOver() >= limit;
    }

    private void retired(BatterRetired retired) {
        if (retired.kind() == RetirementKind.HURT) {
            retiredBatter = retired.batter();
        } else if (lastDelivery != null) {
            ObjectNode wicket = lastDelivery.withArray("wickets").addObject();
            wicket.put("kind", retired.kind().dismissalKind().cricsheetName());
            wicket.put("player_out", retired.batter());
        }
    }

    private void batterIn(BatterIn in) {
        if (retiredBatter != null) {
            ObjectNode role = mapper.createObjectNode();
            role.put("in", in.batter());
            role.put("out", retiredBatter);
            role.put("reason", "injury");
            role.put("role", "batter");
            pendingRoles.add(role);
            retiredBatter = null;
        }
    }

    private void penalty(PenaltyAwarded award) {
        if (!award.team().equals(current.get("team").asText())) {
            return; // to the fielding side: Cricsheet keeps it on that side's innings, which this file may lack
        }
        if (lastDelivery == null) {
            pre += award.runs();
        } else {
            post += award.runs();
        }
    }

    private void ball(Delivery delivery) {
        if (current == null) {
            throw new IllegalArgumentException("a ball was bowled before any innings started");
        }
        if (deliveries == null || newOverDue) {
            if (deliveries != null) {
                overNumber++;
            }
            ObjectNode over = overs.addObject();
            over.put("over", overNumber);
            deliveries = over.putArray("deliveries");
            legalInOver = 0;
            newOverDue = false;
        }
        lastDelivery = DeliveryJson.of(mapper, delivery, pendingRoles, pendingMatch);
        deliveries.add(lastDelivery);
        pendingRoles.clear();
        pendingMatch.clear();
        runs += delivery.totalRuns();
        if (delivery.legal()) {
            legalInOver++;
        }
    }

    private void finishInnings() {
        if (current == null) {
            return;
        }
        if (pre > 0 || post > 0) {
            ObjectNode penalties = current.putObject("penalty_runs");
            if (pre > 0) {
                penalties.put("pre", pre);
            }
            if (post > 0) {
                penalties.put("post", post);
            }
        }
        target();
        totals.add(runs + pre + post);
        innings.add(current);
        current = null;
    }

    /** Limited overs: the second innings chases the first's total plus one, unless a revision says otherwise. */
    private void target() {
        boolean superOver = current.path("super_over").asBoolean(false);
        long regularBefore = superOvers.stream().filter(s -> !s).count() - (superOver ? 0 : 1);
        if (superOver || !rules.limitedOvers() || regularBefore != 1) {
            return;
        }
        int first = 0;
        for (int i = 0; i < totals.size(); i++) {
            if (!superOvers.get(i)) {
                first = totals.get(i);
                break;
            }
        }
        int targetRuns = revision != null ? revision.runs() : first + 1;
        int balls = revision != null && revision.legalBalls() != null
                ? revision.legalBalls()
                : rules.oversPerInnings() * rules.ballsPerOver();
        ObjectNode target = current.putObject("target");
        int whole = balls / rules.ballsPerOver();
        int part = balls % rules.ballsPerOver();
        if (part == 0) {
            target.put("overs", whole);
        } else {
            target.put("overs", new BigDecimal(whole + "." + part));
        }
        target.put("runs", targetRuns);
    }

    static ArrayNode fielders(ObjectMapper mapper, Dismissal dismissal) {
        ArrayNode fielders = mapper.createArrayNode();
        for (Fielder fielder : dismissal.fielders()) {
            ObjectNode node = fielders.addObject();
            CricsheetWriter.putIfPresent(node, "name", fielder.name());
            if (fielder.substitute()) {
                node.put("substitute", true);
            }
        }
        return fielders;
    }
}

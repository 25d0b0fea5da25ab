package cricket.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.BallBowled;
import cricket.scoring.BatterAbsentHurt;
import cricket.scoring.BatterIn;
import cricket.scoring.BatterRetired;
import cricket.scoring.BowlerChanged;
import cricket.scoring.ClosureReason;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.DismissalKind;
import cricket.scoring.FollowOnEnforced;
import cricket.scoring.InningsClosed;
import cricket.scoring.InningsForfeited;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchStarted;
import cricket.scoring.PenaltyAwarded;
import cricket.scoring.PlayerReplaced;
import cricket.scoring.RetirementKind;
import cricket.scoring.TargetRevised;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the innings of a Cricsheet file into the events a scorer records. It keeps its own small model of the
 * crease and of when the engine closes an innings by itself (all out, overs done, target reached), so that it adds
 * closing events only where the balls cannot show them. It never asks the engine: the replay tests must be able to
 * catch the engine getting those decisions wrong.
 */
final class EventTranslator {
    private final MatchInfo info;
    private final MatchRules rules;
    private final String source;
    private final List<MatchEvent> events = new ArrayList<>();
    /** Each delivery event and its place in the file ("14.3"), by identity: two balls may be equal records. */
    private final Map<MatchEvent, String> balls = new IdentityHashMap<>();

    private final List<PlayedInnings> played = new ArrayList<>();

    private final List<String> crease = new ArrayList<>(2);
    private final Set<String> retiredNotBack = new HashSet<>();
    private String bowler;
    /** The previous ball's lone run out, kept for one ball in case the file named the wrong batter. */
    private RunOut lastRunOut;

    private int runs;
    private int wickets;
    private int legalBalls;
    /** Legal balls as the engine's overs limit counts them: each over of the file one whole over once complete. */
    private int nominalBalls;

    private int absentHurt;
    private Integer targetRuns;
    private Integer limitBalls;
    /** The file's target when it is the par score at a stop: recorded after the chase's last ball, not before it. */
    private TargetRevised parAtStop;

    EventTranslator(MatchInfo info, String source) {
        this.info = info;
        this.rules = info.rules();
        this.source = source;
    }

    List<MatchEvent> events(List<JsonNode> innings) {
        JsonFields file = new JsonFields(source).at("info");
        try {
            events.add(new MatchStarted(info.teams(), info.tossWinner(), info.tossDecision(), rules));
        } catch (IllegalArgumentException e) {
            throw file.invalid(e);
        }
        for (int i = 0; i < innings.size(); i++) {
            innings(i, innings.get(i), i == innings.size() - 1);
        }
        try {
            events.addAll(MatchEnding.events(info, played));
        } catch (IllegalArgumentException e) {
            throw file.at("outcome").invalid(e);
        }
        return events;
    }

    /** After {@link #events}: each delivery event (by identity) and its place in the file ("14.3"). */
    Map<MatchEvent, String> balls() {
        return balls;
    }

    private void innings(int index, JsonNode node, boolean last) {
        JsonFields f = new JsonFields(source).innings(index + 1);
        String team = f.text(node, "team");
        if (info.teams().stream().map(Team::name).noneMatch(team::equals)) {
            throw f.error(
                    "team",
                    "must be one of " + info.teams().stream().map(Team::name).toList(),
                    node.get("team"));
        }
        boolean superOver = f.flag(node, "super_over");
        List<PlayedInnings> regular =
                played.stream().filter(p -> !p.superOver()).toList();
        if (!superOver
                && rules.inningsPerSide() == 2
                && regular.size() == 2
                && regular.get(1).team().equals(team)) {
            events.add(new FollowOnEnforced());
        }
        if (f.flag(node, "forfeited")) {
            events.add(new InningsForfeited(team));
            played.add(new PlayedInnings(team, false, 0, 0, 0, false, true, null, 0));
            return;
        }
        reset();
        boolean started = false;
        int legalInOver = 0;
        int oversBefore = -1;
        for (JsonNode over : f.array(node, "overs")) {
            oversBefore++;
            int overNumber = f.whole(over, "over", 0, 10_000);
            List<JsonNode> deliveries = f.array(over, "deliveries");
            for (int k = 0; k < deliveries.size(); k++) {
                JsonNode d = deliveries.get(k);
                String ballInFile = overNumber + "." + (k + 1);
                JsonFields at = f.over(ballInFile);
                try {
                    Delivery recorded = DeliveryParser.parse(d, at);
                    Delivery delivery = RetiredAway.without(recorded);
                    matchReplacements(d, at);
                    if (!started) {
                        start(node, f, team, superOver, delivery);
                    } else {
                        if (k > 0 && overRunsOnPastTheLimit(oversBefore, legalInOver)) {
                            // The engine closed the innings on its overs; the file shows the umpires let it run long.
                            events.add(new BowlerChanged(bowler, BowlerChanged.Why.AS_RECORDED));
                        }
                        if (k == 0) {
                            // The same bowler again: allowed after a full over where the rules say so (The Hundred);
                            // otherwise, or after a short over, the file is the record and says so.
                            boolean again = delivery.bowler().equals(bowler);
                            boolean allowed = rules.consecutiveOversAllowed() && legalInOver >= rules.ballsPerOver();
                            events.add(new BowlerChanged(
                                    delivery.bowler(),
                                    again && !allowed ? BowlerChanged.Why.AS_RECORDED : BowlerChanged.Why.NEW_OVER));
                            bowler = delivery.bowler();
                            legalInOver = 0;
                        }
                        roleReplacements(d, at);
                        if (!delivery.bowler().equals(bowler)) {
                            // a replacement keeps it in the over: a new over would end this one short
                            events.add(new BowlerChanged(
                                    delivery.bowler(), BowlerChanged.Why.REPLACEMENT_MID_OVER, "unknown"));
                            bowler = delivery.bowler();
                        }
                        fillCrease(delivery);
                    }
                    BallBowled ball = new BallBowled(delivery);
                    events.add(ball);
                    balls.put(ball, ballInFile);
                    if (delivery.legal()) {
                        legalInOver++;
                    }
                    nominalBalls = oversBefore * rules.ballsPerOver() + Math.min(legalInOver, rules.ballsPerOver());
                    lastRunOut = RunOut.of(delivery, events.size() - 1);
                    tally(delivery);
                    retiredAway(recorded, delivery);
                } catch (IllegalArgumentException e) {
                    throw at.invalid(e); // a bound or text rule of the records, named with the ball's place
                }
                started = true;
            }
        }
        if (started) {
            try {
                close(node, f, team, superOver, last);
            } catch (IllegalArgumentException e) {
                throw f.invalid(e);
            }
        }
    }

    /**
     * Whether the over in progress is complete and the innings' overs with it, as the engine counts them (each over
     * of the file one whole over), while the file goes on with more balls in the same over: a long last over.
     */
    private boolean overRunsOnPastTheLimit(int oversBefore, int legalInOver) {
        int nominal = oversBefore * rules.ballsPerOver() + Math.min(legalInOver, rules.ballsPerOver());
        boolean targetReached = targetRuns != null && runs >= targetRuns;
        return legalInOver >= rules.ballsPerOver() && limitBalls != null && nominal >= limitBalls && !targetReached;
    }

    private void reset() {
        lastRunOut = null;
        crease.clear();
        retiredNotBack.clear();
        runs = 0;
        wickets = 0;
        legalBalls = 0;
        nominalBalls = 0;
        absentHurt = 0;
        targetRuns = null;
        limitBalls = null;
        parAtStop = null;
    }

    private void start(JsonNode node, JsonFields f, String team, boolean superOver, Delivery first) {
        events.add(new InningsStarted(team, first.batter(), first.nonStriker(), first.bowler(), superOver));
        crease.add(first.batter());
        crease.add(first.nonStriker());
        bowler = first.bowler();
        for (String absent : f.texts(node, "absent_hurt")) {
            events.add(new BatterAbsentHurt(absent));
            absentHurt++;
        }
        int pre = f.optionalWhole(node, "penalty_runs.pre", 0, PenaltyAwarded.MAX_RUNS, 0);
        if (pre > 0) {
            events.add(new PenaltyAwarded(pre, team, "penalty runs awarded before the innings"));
            runs += pre;
        }
        target(node, f, team, superOver);
    }

    /** The target the engine sets by itself, and a {@link TargetRevised} where the file's target differs from it. */
    private void target(JsonNode node, JsonFields f, String team, boolean superOver) {
        Integer expected = FileTargets.expected(played, rules, team, superOver);
        Integer scheduledBalls = superOver
                ? Integer.valueOf(rules.ballsPerOver())
                : rules.oversPerInnings() == null ? null : rules.oversPerInnings() * rules.ballsPerOver();
        targetRuns = expected;
        limitBalls = scheduledBalls;
        JsonNode target = JsonFields.get(node, "target");
        if (target == null || rules.inningsPerSide() == 2) {
            return;
        }
        int fileRuns = f.whole(node, "target.runs", 1, TargetRevised.MAX_RUNS);
        JsonNode oversNode = JsonFields.get(node, "target.overs");
        Integer fileBalls = oversNode == null ? scheduledBalls : FileTargets.balls(oversNode, f, rules);
        boolean runsDiffer = expected == null || fileRuns != expected;
        boolean ballsDiffer = fileBalls != null && !fileBalls.equals(scheduledBalls);
        String method = info.outcome() == null ? null : info.outcome().method();
        if (!superOver && FileTargets.wonOnPar(info.outcome(), team)) {
            // The chasing side won by runs: its target is the par at the stop, and its balls may go past it.
            parAtStop = new TargetRevised(fileRuns, fileBalls, method, true);
            return;
        }
        if (runsDiffer || ballsDiffer) {
            events.add(new TargetRevised(fileRuns, ballsDiffer ? fileBalls : null, method));
        }
        targetRuns = fileRuns;
        limitBalls = fileBalls;
    }

    private void matchReplacements(JsonNode d, JsonFields at) {
        for (JsonNode r : at.array(d, "replacements.match")) {
            events.add(new PlayerReplaced(
                    at.text(r, "team"), at.text(r, "out"), at.text(r, "in"), at.optionalText(r, "reason")));
        }
    }

    private void roleReplacements(JsonNode d, JsonFields at) {
        for (JsonNode r : at.array(d, "replacements.role")) {
            String role = at.text(r, "role");
            String in = at.text(r, "in");
            String out = at.optionalText(r, "out");
            if (role.equals("bowler") && !in.equals(bowler)) {
                events.add(new BowlerChanged(in, BowlerChanged.Why.REPLACEMENT_MID_OVER, at.optionalText(r, "reason")));
                bowler = in;
            } else if (role.equals("batter") && out != null && crease.contains(out)) {
                retire(out);
            }
        }
    }

    /** The event index of a ball whose only dismissal is a run out, and the batter the file did not name. */
    private record RunOut(int eventIndex, String partner) {
        static RunOut of(Delivery d, int eventIndex) {
            if (d.dismissals().size() != 1 || d.dismissals().get(0).kind() != DismissalKind.RUN_OUT) {
                return null;
            }
            String named = d.dismissals().get(0).playerOut();
            String partner =
                    named.equals(d.batter()) ? d.nonStriker() : named.equals(d.nonStriker()) ? d.batter() : null;
            return partner == null ? null : new RunOut(eventIndex, partner);
        }
    }

    /**
     * A run out whose victim the file named wrongly: the batter it calls out bats on from the very next ball, and
     * the other one is never seen again. Either batter can be run out, so the slip is in the name, and the
     * dismissal goes to the batter who left (CRICSHEET-FORMAT.md: real files have quirks; handle, don't crash).
     */
    private void correctMisnamedRunOut(List<String> pair) {
        RunOut r = lastRunOut;
        lastRunOut = null;
        if (r == null) {
            return;
        }
        Delivery d = ((BallBowled) events.get(r.eventIndex())).delivery();
        Dismissal named = d.dismissals().get(0);
        if (!pair.contains(named.playerOut()) || pair.contains(r.partner()) || !crease.contains(r.partner())) {
            return;
        }
        Delivery corrected = new Delivery(
                d.bowler(),
                d.batter(),
                d.nonStriker(),
                d.batterRuns(),
                d.nonBoundary(),
                d.extras(),
                List.of(new Dismissal(named.kind(), r.partner(), named.fielders())),
                d.crossed(),
                d.commentary());
        BallBowled fixed = new BallBowled(corrected);
        balls.put(fixed, balls.remove(events.set(r.eventIndex(), fixed)));
        crease.remove(r.partner());
        crease.add(named.playerOut());
    }

    /** After the ball: each batter it retired from off the crease comes in, then retires as the file says. */
    private void retiredAway(Delivery recorded, Delivery ball) {
        for (BatterRetired retired : RetiredAway.after(recorded, ball)) {
            events.add(new BatterIn(retired.batter()));
            events.add(retired);
            if (retired.kind() == RetirementKind.OUT) {
                wickets++;
            } else {
                retiredNotBack.add(retired.batter());
            }
        }
    }

    /** A batter at the crease the delivery does not name left without a wicket: a retirement (Law 25.4). */
    private void fillCrease(Delivery delivery) {
        List<String> pair = List.of(delivery.batter(), delivery.nonStriker());
        correctMisnamedRunOut(pair);
        for (String atCrease : List.copyOf(crease)) {
            if (!pair.contains(atCrease)) {
                retire(atCrease);
            }
        }
        for (String name : pair) {
            if (!crease.contains(name)) {
                events.add(new BatterIn(name));
                crease.add(name);
                retiredNotBack.remove(name);
            }
        }
    }

    private void retire(String batter) {
        events.add(new BatterRetired(batter, RetirementKind.HURT));
        crease.remove(batter);
        retiredNotBack.add(batter);
    }

    private void tally(Delivery delivery) {
        runs += delivery.totalRuns();
        if (delivery.legal()) {
            legalBalls++;
        }
        for (Dismissal dismissal : delivery.dismissals()) {
            crease.remove(dismissal.playerOut());
            if (dismissal.kind().isWicket()) {
                wickets++;
            } else {
                retiredNotBack.add(dismissal.playerOut());
            }
        }
    }

    private void close(JsonNode node, JsonFields f, String team, boolean superOver, boolean last) {
        int post = f.optionalWhole(node, "penalty_runs.post", 0, PenaltyAwarded.MAX_RUNS, 0);
        if (post > 0) {
            events.add(new PenaltyAwarded(post, team, "penalty runs awarded after the innings"));
            runs += post;
        }
        boolean allOut = superOver ? wickets >= rules.superOverWickets() : wickets + absentHurt >= 10;
        boolean oversDone = limitBalls != null && nominalBalls >= limitBalls;
        boolean targetReached = targetRuns != null && runs >= targetRuns;
        boolean byEngine = allOut || oversDone || targetReached;
        if (parAtStop != null && !byEngine) {
            events.add(parAtStop); // the stop: the engine ends the chase here and decides it on par
            byEngine = true;
        }
        boolean declared = f.flag(node, "declared");
        if (declared) {
            events.add(new InningsClosed(ClosureReason.DECLARED));
        } else if (!byEngine && !last) {
            boolean nobodyLeft = !retiredNotBack.isEmpty() || absentHurt > 0;
            events.add(new InningsClosed(nobodyLeft ? ClosureReason.ALL_OUT : ClosureReason.CALLED_OFF));
        }
        Integer target = parAtStop == null ? targetRuns : null;
        played.add(
                new PlayedInnings(team, superOver, runs, wickets, legalBalls, declared, byEngine, target, absentHurt));
    }
}

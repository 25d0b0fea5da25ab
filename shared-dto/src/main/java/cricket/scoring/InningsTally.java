package cricket.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running totals of one innings. Only this class writes them, through the changes below that the fold's handlers
 * call; projections read the fields ({@code InningsTallyOwnershipTest} holds every other class to reading).
 */
final class InningsTally {
    final int number;
    final String battingTeam;
    final String bowlingTeam;
    final boolean superOver;

    int runs;
    int wickets;
    int legalBalls;
    boolean closed;
    ClosureReason closure;
    /**
     * Closed by the engine when the overs ran out. Only a {@link BowlerChanged} naming the same bowler
     * {@link BowlerChanged.Why#AS_RECORDED} re-opens it, for one more ball: the record of a long last over.
     */
    boolean closedByOvers;
    /** The next ball goes on with the over already complete: a long last over, as recorded. */
    boolean bowlingOn;

    boolean declared;
    boolean forfeited;
    int wides;
    int noballs;
    int byes;
    int legbyes;
    int penalty;

    final Map<String, BatterTally> batting = new LinkedHashMap<>();
    final Map<String, BowlerTally> bowling = new LinkedHashMap<>();
    final List<FallOfWicket> fallOfWickets = new ArrayList<>();
    final Set<String> absentHurt = new HashSet<>();

    /** The batter at the striker's end and at the other end for the next ball; null where the place is vacant. */
    String strikerEnd;

    String nonStrikerEnd;
    String bowler;
    String lastOverBowler;

    int completedOvers;
    int ballsInOver;
    /** Every ball of the current over, wides and no-balls too: a bowler change after one is mid-over. */
    int deliveriesInOver;
    /** The over reached its legal balls; the next over starts with a bowler change (or a long over goes on). */
    boolean overComplete;
    /** The only bowler of this over so far, or null once a mid-over change split it (no maiden for either). */
    String overBowler;

    int overConceded;
    boolean maidenCounted;
    boolean freeHit;

    final List<String> thisOver = new ArrayList<>();
    boolean newOverPending;
    int partnershipRuns;
    int partnershipBalls;
    LiveScore.LastWicket lastWicket;
    TargetRevised revision;

    InningsTally(int number, String battingTeam, String bowlingTeam, boolean superOver) {
        this.number = number;
        this.battingTeam = battingTeam;
        this.bowlingTeam = bowlingTeam;
        this.superOver = superOver;
    }

    BatterTally batter(String name) {
        return batting.computeIfAbsent(name, BatterTally::new);
    }

    BowlerTally bowlerTally(String name) {
        return bowling.computeIfAbsent(name, BowlerTally::new);
    }

    boolean atCrease(String name) {
        return name.equals(strikerEnd) || name.equals(nonStrikerEnd);
    }

    boolean vacancy() {
        return strikerEnd == null || nonStrikerEnd == null;
    }

    void swapEnds() {
        String striker = strikerEnd;
        strikerEnd = nonStrikerEnd;
        nonStrikerEnd = striker;
    }

    void vacate(String name) {
        if (name.equals(strikerEnd)) {
            strikerEnd = null;
        } else if (name.equals(nonStrikerEnd)) {
            nonStrikerEnd = null;
        }
    }

    /** Overs in over.ball form: "19.4", or "20" when whole. */
    String overs() {
        int whole = completedOvers + (overComplete ? 1 : 0);
        return overComplete || ballsInOver == 0 ? Integer.toString(whole) : completedOvers + "." + ballsInOver;
    }

    /** Legal balls as the overs limit counts them: a short or long over counts as one whole over. */
    int nominalBalls(int ballsPerOver) {
        return overComplete ? (completedOvers + 1) * ballsPerOver : completedOvers * ballsPerOver + ballsInOver;
    }

    ExtrasCard extras() {
        return new ExtrasCard(wides, noballs, byes, legbyes, penalty, wides + noballs + byes + legbyes + penalty);
    }

    // ---- changes: the only writes to this tally; the fold's handlers (and Ball) decide when ----

    static InningsTally forfeited(int number, String team, String otherTeam) {
        InningsTally in = new InningsTally(number, team, otherTeam, false);
        in.forfeited = true;
        in.closed = true;
        return in;
    }

    void openWith(String striker, String nonStriker, String openingBowler) {
        strikerEnd = striker;
        nonStrikerEnd = nonStriker;
        bowler = openingBowler;
        overBowler = openingBowler;
        batter(striker);
        batter(nonStriker);
    }

    void addPenalty(int penaltyRuns) {
        penalty += penaltyRuns;
        runs += penaltyRuns;
    }

    void revise(TargetRevised target) {
        revision = target;
    }

    /** A new batter, or a retired one resuming, fills the vacant end; returns whether the batter resumes. */
    boolean comeIn(String name) {
        absentHurt.remove(name);
        BatterTally line = batter(name);
        boolean resuming = line.retired;
        line.retired = false;
        line.dismissal = "not out";
        if (strikerEnd == null) {
            strikerEnd = name;
        } else {
            nonStrikerEnd = name;
        }
        return resuming;
    }

    void markAbsentHurt(String name) {
        absentHurt.add(name);
    }

    /** A batter retires (Law 25): out when the kind is a wicket, else free to resume. */
    void retire(String name, DismissalKind kind) {
        BatterTally line = batter(name);
        line.dismissal = kind.cricsheetName();
        if (kind.isWicket()) {
            line.out = true;
            wickets++;
            fallOfWickets.add(new FallOfWicket(wickets, runs, fowOvers(), name));
            lastWicket = new LiveScore.LastWicket(name, line.runs, line.balls, line.dismissal, runs, overs());
        } else {
            line.retired = true;
        }
        vacate(name);
        partnershipRuns = 0;
        partnershipBalls = 0;
    }

    /** The record of a long last over re-opens an innings closed on its overs, for one more ball. */
    void bowlOnPastTheOvers() {
        closed = false;
        closure = null;
        closedByOvers = false;
        bowlingOn = true;
    }

    void stopBowlingOn() {
        bowlingOn = false;
    }

    /** Law 17.8: the replacement finishes the over; the split over is a maiden for neither bowler. */
    void replaceBowlerMidOver(String name) {
        bowler = name;
        overBowler = null;
    }

    void bowlerForTheOver(String name) {
        bowler = name;
        overBowler = name;
    }

    void close(ClosureReason reason) {
        closed = true;
        closure = reason;
    }

    void closeOnTheOvers() {
        close(ClosureReason.OVERS_COMPLETE);
        closedByOvers = true;
    }

    /** Closed as an {@link InningsClosed} says: declared, or for another reason. */
    void closeAsRecorded(ClosureReason reason) {
        close(reason);
        declared = reason == ClosureReason.DECLARED;
    }

    void placeBatters(String striker, String nonStriker) {
        strikerEnd = striker;
        nonStrikerEnd = nonStriker;
    }

    void freeHitNext(boolean next) {
        freeHit = next;
    }

    /** The list of this over's balls starts afresh with the first ball of a new over. */
    void clearThisOverIfNew() {
        if (newOverPending) {
            thisOver.clear();
            newOverPending = false;
        }
    }

    /** Runs to the innings, the striker (Law 21.6: a no-ball is a ball faced, a wide is not) and the bowler. */
    void count(Delivery d) {
        Extras x = d.extras();
        runs += d.totalRuns();
        wides += x.wides();
        noballs += x.noballs();
        byes += x.byes();
        legbyes += x.legbyes();
        penalty += x.penalty();
        BatterTally bat = batter(d.batter());
        bat.runs += d.batterRuns();
        if (x.wides() == 0) {
            bat.balls++;
        }
        if (d.boundary()) {
            if (d.batterRuns() == 4) {
                bat.fours++;
            } else {
                bat.sixes++;
            }
        }
        // Byes, leg-byes and penalties are not charged to the bowler.
        int charged = d.batterRuns() + x.wides() + x.noballs();
        BowlerTally bowl = bowlerTally(d.bowler());
        bowl.runs += charged;
        bowl.wides += x.wides() > 0 ? 1 : 0;
        bowl.noballs += x.noballs() > 0 ? 1 : 0;
        overConceded += charged;
        deliveriesInOver++;
        if (d.legal()) {
            bowl.legalBalls++;
            if (overComplete && d.bowler().equals(overBowler)) {
                bowl.toWholeOvers--; // the umpires let the over run long: still one over
            }
            ballsInOver++;
            legalBalls++;
            partnershipBalls++;
        }
        partnershipRuns += d.totalRuns();
        thisOver.add(CommentaryText.symbol(d));
    }

    /** The ball's dismissals: a wicket, or a retirement the ball records. */
    void dismiss(Delivery d) {
        for (Dismissal out : d.dismissals()) {
            String name = out.playerOut();
            BatterTally line = batter(name);
            line.dismissal = CommentaryText.dismissal(out, d.bowler());
            if (out.kind().isWicket()) {
                line.out = true;
                line.retired = false;
                wickets++;
                fallOfWickets.add(new FallOfWicket(wickets, runs, fowOvers(), name));
                lastWicket = new LiveScore.LastWicket(name, line.runs, line.balls, line.dismissal, runs, fowOvers());
                if (out.kind().creditsBowler()) {
                    bowlerTally(d.bowler()).wickets++;
                }
            } else {
                line.retired = true;
            }
            vacate(name);
            partnershipRuns = 0;
            partnershipBalls = 0;
        }
    }

    /** A long over that concedes a run is no longer a maiden. */
    void spoilLongOverMaiden() {
        if (overComplete && maidenCounted && overConceded > 0) {
            bowlerTally(overBowler).maidens--;
            maidenCounted = false;
        }
    }

    /** The over is complete (or called short): a whole over to its one bowler (Law 17.8), perhaps a maiden. */
    void completeOver(int ballsPerOver) {
        overComplete = true;
        lastOverBowler = bowler;
        countMaiden();
        if (overBowler != null) {
            bowlerTally(overBowler).toWholeOvers += ballsPerOver - ballsInOver;
        }
    }

    /** Law 16 maiden: a completed over by one bowler conceding nothing charged to him (byes and leg-byes are not). */
    private void countMaiden() {
        if (overBowler != null && overConceded == 0 && ballsInOver > 0 && !maidenCounted) {
            bowlerTally(overBowler).maidens++;
            maidenCounted = true;
        }
    }

    void startNewOver() {
        completedOvers++;
        ballsInOver = 0;
        deliveriesInOver = 0;
        overComplete = false;
        overConceded = 0;
        maidenCounted = false;
        newOverPending = true;
        overBowler = bowler;
    }

    /** The innings' overs at a wicket, with the ball part even when it ends an over ("13.6"). */
    String fowOvers() {
        return completedOvers + "." + ballsInOver;
    }

    /** One batter's innings; a retired batter who resumes keeps this tally. */
    static final class BatterTally {
        final String name;
        int runs;
        int balls;
        int fours;
        int sixes;
        String dismissal = "not out";
        boolean out;
        boolean retired;

        BatterTally(String name) {
            this.name = name;
        }

        BattingLine line() {
            return new BattingLine(name, runs, balls, fours, sixes, dismissal, out);
        }
    }

    /** One bowler's figures in this innings. */
    static final class BowlerTally {
        final String name;
        int legalBalls;
        /**
         * Legal balls to add to {@link #legalBalls} (or take away, after a long over) so that each over this bowler
         * completed alone counts as a whole one, as the overs limit counts it ({@link #nominalBalls}).
         */
        int toWholeOvers;

        int maidens;
        int runs;
        int wickets;
        int wides;
        int noballs;

        BowlerTally(String name) {
            this.name = name;
        }

        /**
         * Overs as a scorecard shows them: an over the umpires called after five balls, or let run to seven, is one
         * over; the balls of an over still going, or of an over split by a change of bowler (Law 17.8), count as balls.
         */
        String overs(int ballsPerOver) {
            return CommentaryText.overs(legalBalls + toWholeOvers, ballsPerOver);
        }
    }
}

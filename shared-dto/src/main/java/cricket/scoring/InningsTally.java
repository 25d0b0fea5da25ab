package cricket.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The running totals of one innings, mutated only by {@link Fold}. */
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

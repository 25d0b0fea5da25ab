package cricket.server.competition;

import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;

/** One player's batting and bowling, added up line by line from scorecards. */
final class Figures {
    static final String ABSENT_HURT = "absent hurt";

    private int battingInnings;
    private int runs;
    private int outs;
    private int ballsFaced;
    private int highest = -1;
    private boolean highestNotOut;
    private int fifties;
    private int hundreds;
    private int fours;
    private int sixes;

    private int bowlingInnings;
    private int ballsBowled;
    private double oversBowled;
    private int runsConceded;
    private int wickets;
    private int bestWickets = -1;
    private int bestRuns;

    /** Adds a batter's line unless it is no innings (absent hurt). */
    void bat(BattingLine line) {
        if (ABSENT_HURT.equals(line.dismissal())) {
            return;
        }
        battingInnings++;
        runs += line.runs();
        ballsFaced += line.balls();
        fours += line.fours();
        sixes += line.sixes();
        if (line.out()) {
            outs++;
        }
        if (line.runs() > highest || (line.runs() == highest && !line.out())) {
            highest = line.runs();
            highestNotOut = !line.out();
        }
        if (line.runs() >= 100) {
            hundreds++;
        } else if (line.runs() >= 50) {
            fifties++;
        }
    }

    void bowl(BowlingLine line, int ballsPerOver) {
        bowlingInnings++;
        ballsBowled += line.legalBalls();
        oversBowled += line.legalBalls() / (double) ballsPerOver;
        runsConceded += line.runs();
        wickets += line.wickets();
        if (line.wickets() > bestWickets || (line.wickets() == bestWickets && line.runs() < bestRuns)) {
            bestWickets = line.wickets();
            bestRuns = line.runs();
        }
    }

    boolean batted() {
        return battingInnings > 0;
    }

    boolean bowled() {
        return bowlingInnings > 0;
    }

    Batting batting() {
        return new Batting(
                battingInnings,
                runs,
                battingInnings - outs,
                ballsFaced,
                outs == 0 ? null : round(runs / (double) outs),
                ballsFaced == 0 ? null : round(runs * 100.0 / ballsFaced),
                Math.max(highest, 0),
                highestNotOut,
                fifties,
                hundreds,
                fours,
                sixes);
    }

    Bowling bowling() {
        return new Bowling(
                bowlingInnings,
                ballsBowled,
                runsConceded,
                wickets,
                wickets == 0 ? null : round(runsConceded / (double) wickets),
                ballsBowled == 0 ? null : round(runsConceded / oversBowled),
                bestWickets < 0 ? null : bestWickets + "/" + bestRuns);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

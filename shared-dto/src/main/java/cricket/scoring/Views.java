package cricket.scoring;

import java.util.ArrayList;
import java.util.List;

/** The public projections of the match state, read as {@link MatchFacts}: the full scorecard and the live score. */
final class Views {
    private Views() {}

    static Scorecard scorecard(MatchFacts fold) {
        List<String> teams = fold.teams().stream().map(Team::name).toList();
        List<InningsCard> cards = new ArrayList<>();
        for (InningsTally in : fold.innings()) {
            cards.add(card(fold, in));
        }
        Result result = fold.result();
        Result beside = fold.besideTheBalls();
        boolean shownBeside = beside != null && result != null && !beside.equals(result);
        return new Scorecard(
                fold.status().name(),
                teams,
                result,
                cards,
                fold.recorded() != null,
                shownBeside ? beside : null,
                fold.closesOfPlay());
    }

    private static InningsCard card(MatchFacts fold, InningsTally in) {
        List<BattingLine> batting = new ArrayList<>();
        in.batting.values().forEach(line -> batting.add(line.line()));
        in.absentHurt.stream()
                .sorted()
                .forEach(name -> batting.add(new BattingLine(name, 0, 0, 0, 0, "absent hurt", false)));
        List<BowlingLine> bowling = new ArrayList<>();
        in.bowling.values().forEach(b -> bowling.add(bowlingLine(fold, b)));
        return new InningsCard(
                in.number,
                in.battingTeam,
                in.superOver,
                in.runs,
                in.wickets,
                in.legalBalls,
                in.overs(),
                in.declared,
                allOut(in),
                in.forfeited,
                Targets.card(fold, in),
                in.extras(),
                batting,
                bowling,
                in.fallOfWickets);
    }

    /** Ten down, or fewer with the rest absent hurt: the innings closed for want of batters. */
    private static boolean allOut(InningsTally in) {
        return in.closed && in.closure == ClosureReason.ALL_OUT;
    }

    private static BowlingLine bowlingLine(MatchFacts fold, InningsTally.BowlerTally b) {
        String overs = b.overs(fold.bpo());
        return new BowlingLine(b.name, overs, b.legalBalls, b.maidens, b.runs, b.wickets, b.wides, b.noballs);
    }

    static LiveScore liveScore(MatchFacts fold) {
        String status = fold.status().name();
        Result result = fold.result();
        InningsTally in = fold.last();
        if (in == null) {
            String summary = fold.teams().isEmpty()
                    ? "Match not started"
                    : fold.teams().get(0).name() + " v " + fold.teams().get(1).name();
            return new LiveScore(
                    status,
                    null,
                    null,
                    0,
                    0,
                    false,
                    false,
                    false,
                    "0",
                    0,
                    fold.rules() == null ? null : fold.rules().ballsPerOver(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null,
                    false,
                    result,
                    result == null ? summary : summary + " - " + result.text(),
                    day(fold));
        }
        int perOver = fold.bpo();
        Double runRate = in.legalBalls == 0 ? null : round2(in.runs * (double) perOver / in.legalBalls);
        Target target = Targets.card(fold, in);
        Targets.Spec spec = Targets.of(fold, in);
        boolean chasing = spec != null && !in.closed;
        Integer runsNeeded = chasing ? Math.max(0, spec.runs() - in.runs) : null;
        Integer ballsLeft =
                chasing && spec.legalBalls() != null ? Math.max(0, spec.legalBalls() - in.nominalBalls(perOver)) : null;
        Double required =
                ballsLeft == null || ballsLeft == 0 ? null : round2(runsNeeded * (double) perOver / ballsLeft);
        return new LiveScore(
                status,
                in.battingTeam,
                in.number,
                in.runs,
                in.wickets,
                allOut(in),
                in.declared,
                in.superOver,
                in.overs(),
                in.legalBalls,
                perOver,
                runRate,
                target,
                runsNeeded,
                ballsLeft,
                required,
                batters(in),
                bowler(fold, in),
                new LiveScore.Partnership(in.partnershipRuns, in.partnershipBalls),
                in.thisOver,
                in.lastWicket,
                !in.closed && in.freeHit,
                result,
                summary(in, target, runsNeeded, ballsLeft, result),
                day(fold));
    }

    /**
     * The day of play in a match played over days: the day after the last stumps while the match goes on; once it is
     * over, the last day played, which is the day of the last stumps when no ball was bowled after them (the scorer
     * drew stumps, then recorded the end). Null in a one-day match.
     */
    private static Integer day(MatchFacts fold) {
        if (fold.rules() == null || !fold.rules().playedOverDays()) {
            return null;
        }
        List<CloseOfPlay> closes = fold.closesOfPlay();
        if (closes.isEmpty()) {
            return 1;
        }
        CloseOfPlay last = closes.get(closes.size() - 1);
        boolean over = fold.ended() || fold.status() == MatchStatus.COMPLETED;
        return over && fold.lastBallSeq() < last.seq() ? last.day() : last.day() + 1;
    }

    private static List<LiveScore.BatterFigures> batters(InningsTally in) {
        List<LiveScore.BatterFigures> batters = new ArrayList<>();
        for (String name : new String[] {in.strikerEnd, in.nonStrikerEnd}) {
            if (name != null) {
                InningsTally.BatterTally b = in.batting.get(name);
                batters.add(new LiveScore.BatterFigures(
                        name, b.runs, b.balls, b.fours, b.sixes, name.equals(in.strikerEnd)));
            }
        }
        return batters;
    }

    private static LiveScore.BowlerFigures bowler(MatchFacts fold, InningsTally in) {
        if (in.bowler == null) {
            return null;
        }
        InningsTally.BowlerTally b = in.bowling.get(in.bowler);
        if (b == null) {
            return new LiveScore.BowlerFigures(in.bowler, "0", 0, 0, 0);
        }
        return new LiveScore.BowlerFigures(b.name, b.overs(fold.bpo()), b.maidens, b.runs, b.wickets);
    }

    /**
     * "India 165/8 (20) - target 166", "India 120/3 (15.2) - need 46 from 28 balls", "India 150 all out (19.4)", or
     * the result.
     */
    private static String summary(
            InningsTally in, Target target, Integer runsNeeded, Integer ballsLeft, Result result) {
        String figures = CommentaryText.score(in.runs, in.wickets, allOut(in), in.declared);
        String score = in.battingTeam + " " + figures + " (" + in.overs() + ")";
        if (result != null) {
            return score + " - " + result.text();
        }
        if (target == null) {
            return score;
        }
        if (runsNeeded != null && ballsLeft != null) {
            return score + " - need " + runsNeeded + " from " + CommentaryText.plural(ballsLeft, "ball");
        }
        return score + " - target " + target.runs();
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}

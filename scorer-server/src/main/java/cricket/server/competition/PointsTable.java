package cricket.server.competition;

import cricket.scoring.InningsCard;
import cricket.scoring.MatchRules;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The league table of a tournament: its league matches (not the playoffs) that have a result, points by the
 * tournament's {@link Points}, ordered by points, then net run rate, then name.
 *
 * <p>Net run rate is the ICC's: runs scored per over faced less runs conceded per over bowled, over the matches
 * with a result (a no result and a draw count for neither side). A side bowled out is charged its full quota of
 * overs. When the chase had a revised target (rain), the side batting first is credited with the target less one
 * run from the revised overs, and the chasing side's quota is the revised overs. Super overs never count.
 */
public final class PointsTable {
    private PointsTable() {}

    public static List<TableRow> of(List<PlayedMatch> matches, Points points) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (PlayedMatch m : matches) {
            if (!m.league()) {
                continue;
            }
            m.state().teams().forEach(t -> sides.computeIfAbsent(t.name(), Side::new));
            Result result = m.state().result().orElse(null);
            if (result == null || m.state().teams().size() != 2) {
                continue;
            }
            Side a = sides.get(m.state().teams().get(0).name());
            Side b = sides.get(m.state().teams().get(1).name());
            a.played++;
            b.played++;
            String winner = winner(result);
            if (winner != null) {
                (winner.equals(a.team) ? a : b).won++;
                (winner.equals(a.team) ? b : a).lost++;
            } else if (result.kind() == ResultKind.TIE) {
                a.tied++;
                b.tied++;
            } else {
                a.noResult++;
                b.noResult++;
            }
            if (counts(result)) {
                m.state().rules().ifPresent(rules -> runRates(m.state().scorecard(), rules, sides));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (Side s : sides.values()) {
            int total = s.won * points.win() + s.tied * points.tie() + s.noResult * points.noResult();
            rows.add(new TableRow(s.team, s.played, s.won, s.lost, s.tied, s.noResult, total, s.netRunRate()));
        }
        rows.sort(Comparator.comparingInt(TableRow::points)
                .reversed()
                .thenComparing(r -> r.netRunRate() == null ? 0 : r.netRunRate(), Comparator.reverseOrder())
                .thenComparing(TableRow::team));
        return rows;
    }

    /** The winner, a tie settled by super over or bowl-out included; null for a tie, draw or no result. */
    static String winner(Result result) {
        if (result.winner() != null) {
            return result.winner();
        }
        if (result.kind() == ResultKind.TIE) {
            return result.superOverWinner() != null ? result.superOverWinner() : result.bowlOutWinner();
        }
        return null;
    }

    /** Whether the match's runs and overs count towards net run rate: not a no result, a draw or an award. */
    private static boolean counts(Result result) {
        return result.kind() != ResultKind.NO_RESULT
                && result.kind() != ResultKind.DRAW
                && result.kind() != ResultKind.AWARDED;
    }

    private static void runRates(Scorecard card, MatchRules rules, Map<String, Side> sides) {
        if (!rules.limitedOvers() || rules.inningsPerSide() != 1) {
            return; // net run rate is a limited-overs measure
        }
        List<InningsCard> innings =
                card.innings().stream().filter(i -> !i.superOver()).toList();
        if (innings.size() != 2) {
            return; // a result from one innings (an award, a par score before the chase began): nothing to rate
        }
        int bpo = rules.ballsPerOver();
        int quota = rules.oversPerInnings() * bpo;
        InningsCard first = innings.get(0);
        InningsCard second = innings.get(1);
        int targetBalls = second.target() == null || second.target().overs() == null
                ? quota
                : balls(second.target().overs(), bpo);
        boolean revised = second.target() != null
                && (targetBalls != quota || second.target().runs() != first.runs() + 1);
        int firstRuns = revised ? second.target().runs() - 1 : first.runs();
        int firstBalls = revised ? targetBalls : (first.allOut() ? quota : first.legalBalls());
        int secondBalls = second.allOut() ? targetBalls : second.legalBalls();
        Side a = sides.get(first.battingTeam());
        Side b = sides.get(second.battingTeam());
        if (a == null || b == null || a == b) {
            return;
        }
        a.add(firstRuns, firstBalls / (double) bpo, second.runs(), secondBalls / (double) bpo);
        b.add(second.runs(), secondBalls / (double) bpo, firstRuns, firstBalls / (double) bpo);
    }

    /** Legal balls in an over.ball figure: "47" is 47 overs, "9.2" nine overs and two balls. */
    static int balls(String overs, int ballsPerOver) {
        int dot = overs.indexOf('.');
        if (dot < 0) {
            return Integer.parseInt(overs) * ballsPerOver;
        }
        return Integer.parseInt(overs.substring(0, dot)) * ballsPerOver + Integer.parseInt(overs.substring(dot + 1));
    }

    private static final class Side {
        final String team;
        int played;
        int won;
        int lost;
        int tied;
        int noResult;
        long runsFor;
        double oversFaced;
        long runsAgainst;
        double oversBowled;

        Side(String team) {
            this.team = team;
        }

        void add(int scored, double faced, int conceded, double bowled) {
            runsFor += scored;
            oversFaced += faced;
            runsAgainst += conceded;
            oversBowled += bowled;
        }

        Double netRunRate() {
            if (oversFaced == 0 || oversBowled == 0) {
                return null;
            }
            double nrr = runsFor / oversFaced - runsAgainst / oversBowled;
            return Math.round(nrr * 1000) / 1000.0;
        }
    }
}

package cricket.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts kept as the balls come: the fold tells it each effective ball once, so a ball costs the charts O(1)
 * instead of a walk over the whole match. The overs and partnerships already over are kept as finished records; an
 * innings' chart is built again only when a ball, its runs or its wickets changed since it was last asked for, so a
 * closed innings' chart is built once. Undo and ReplaceBall re-fold, and so start a fresh tally.
 */
final class ChartsTally {
    private final Map<Integer, Innings> byNumber = new HashMap<>();
    private Innings last; // the innings of the last ball: nearly every ball is of the same one
    private int lastNumber;

    /** An effective ball of innings {@code number} with its over.ball label ("14.3" is a ball of over 15). */
    void ball(int number, String label, Delivery d) {
        if (last == null || lastNumber != number) {
            last = byNumber.computeIfAbsent(number, k -> new Innings());
            lastNumber = number;
        }
        last.add(overOf(label), label, d);
    }

    /** Stumps during (or at the end of) the innings the close names. */
    void dayEnded(CloseOfPlay close) {
        Innings in = byNumber.computeIfAbsent(close.innings(), k -> new Innings());
        in.dayEnds.add(
                new MatchCharts.DayEnd(close.day(), close.legalBalls(), close.overs(), close.runs(), close.wickets()));
        in.built = null;
    }

    /** The charts of every innings in {@code innings}, in that order. */
    MatchCharts charts(List<InningsTally> innings) {
        List<MatchCharts.InningsChart> charts = new ArrayList<>(innings.size());
        for (InningsTally in : innings) {
            charts.add(byNumber.computeIfAbsent(in.number, k -> new Innings()).chart(in));
        }
        return new MatchCharts(charts);
    }

    /** The over of a ball from its label: "14.3" is a ball of the fifteenth over. */
    static int overOf(String label) {
        int completed = 0;
        for (int i = 0; i < label.length() && label.charAt(i) != '.'; i++) {
            completed = completed * 10 + (label.charAt(i) - '0');
        }
        return completed + 1;
    }

    /** One innings' overs and stands so far. */
    private static final class Innings {
        private final List<MatchCharts.Over> overs = new ArrayList<>();
        private final List<MatchCharts.Partnership> stands = new ArrayList<>();
        private final List<MatchCharts.DayEnd> dayEnds = new ArrayList<>();
        private int total;
        private int current = -1;
        private int runs;
        private int legal;
        private List<MatchCharts.Wicket> wickets = new ArrayList<>();
        private Stand stand;
        private int wicketsDown;
        private int balls;
        private MatchCharts.InningsChart built;
        private int builtAtBalls = -1;

        void add(int over, String label, Delivery d) {
            balls++;
            if (over != current && current > 0) {
                overs.add(new MatchCharts.Over(current, runs, total, legal, wickets));
                runs = 0;
                legal = 0;
                wickets = new ArrayList<>();
            }
            current = over;
            runs += d.totalRuns();
            total += d.totalRuns();
            legal += d.legal() ? 1 : 0;
            int fell = 0;
            for (Dismissal out : d.dismissals()) {
                if (out.kind().isWicket()) {
                    wickets.add(
                            new MatchCharts.Wicket(out.playerOut(), out.kind().cricsheetName(), total, label));
                    fell++;
                }
            }
            partnership(d, fell);
        }

        private void partnership(Delivery d, int fell) {
            if (stand != null && !stand.isOf(d.batter(), d.nonStriker())) {
                stands.add(stand.end(true)); // a retirement changed the pair without a wicket
                stand = null;
            }
            if (stand == null) {
                stand = new Stand(wicketsDown + 1, d.batter(), d.nonStriker());
            }
            stand.add(d);
            if (fell > 0) {
                stands.add(stand.end(false));
                stand = null;
                wicketsDown += fell;
            }
        }

        MatchCharts.InningsChart chart(InningsTally in) {
            MatchCharts.InningsChart last = built;
            if (last != null && builtAtBalls == balls && last.runs() == in.runs && last.wickets() == in.wickets) {
                return last;
            }
            List<MatchCharts.Over> all = new ArrayList<>(overs.size() + 1);
            all.addAll(overs);
            if (current > 0) {
                all.add(new MatchCharts.Over(current, runs, total, legal, wickets));
            }
            List<MatchCharts.Partnership> pairs = new ArrayList<>(stands.size() + 1);
            pairs.addAll(stands);
            if (stand != null) {
                pairs.add(stand.end(true));
            }
            built = new MatchCharts.InningsChart(
                    in.number, in.battingTeam, in.superOver, in.runs, in.wickets, all, pairs, dayEnds);
            builtAtBalls = balls;
            return built;
        }
    }

    /** A partnership being counted. */
    private static final class Stand {
        final int wicket;
        final String first;
        final String second;
        int firstRuns;
        int firstBalls;
        int secondRuns;
        int secondBalls;
        int runs;
        int balls;

        Stand(int wicket, String striker, String nonStriker) {
            this.wicket = wicket;
            this.first = striker;
            this.second = nonStriker;
        }

        boolean isOf(String a, String b) {
            return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
        }

        void add(Delivery d) {
            runs += d.totalRuns();
            balls += d.legal() ? 1 : 0;
            // Law 21.6 and 22: a no-ball is a ball faced, a wide is not.
            int faced = d.extras().wides() == 0 ? 1 : 0;
            if (d.batter().equals(first)) {
                firstRuns += d.batterRuns();
                firstBalls += faced;
            } else {
                secondRuns += d.batterRuns();
                secondBalls += faced;
            }
        }

        MatchCharts.Partnership end(boolean unbroken) {
            return new MatchCharts.Partnership(
                    wicket,
                    new MatchCharts.Contribution(first, firstRuns, firstBalls),
                    new MatchCharts.Contribution(second, secondRuns, secondBalls),
                    runs,
                    balls,
                    unbroken);
        }
    }
}

package cricket.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts built from scratch, from the scorecard (which innings there are) and every effective ball in order: how
 * the engine made them before the fold kept them as balls come, kept here as the reference the kept charts must
 * equal after every event.
 */
final class ChartsFromScratch {
    private ChartsFromScratch() {}

    static MatchCharts of(Scorecard card, List<RecordedBall> balls) {
        Map<Integer, List<RecordedBall>> byInnings = new LinkedHashMap<>();
        for (RecordedBall ball : balls) {
            byInnings.computeIfAbsent(ball.innings(), k -> new ArrayList<>()).add(ball);
        }
        List<MatchCharts.InningsChart> charts = new ArrayList<>();
        for (InningsCard in : card.innings()) {
            List<RecordedBall> own = byInnings.getOrDefault(in.number(), List.of());
            charts.add(new MatchCharts.InningsChart(
                    in.number(),
                    in.battingTeam(),
                    in.superOver(),
                    in.runs(),
                    in.wickets(),
                    overs(own),
                    partnerships(own),
                    dayEnds(card, in.number())));
        }
        return new MatchCharts(charts);
    }

    private static List<MatchCharts.DayEnd> dayEnds(Scorecard card, int innings) {
        return card.closeOfPlay().stream()
                .filter(close -> close.innings() != null && close.innings() == innings)
                .map(close -> new MatchCharts.DayEnd(
                        close.day(), close.legalBalls(), close.overs(), close.runs(), close.wickets()))
                .toList();
    }

    /** The over of a ball from its label: "14.3" is a ball of the fifteenth over. */
    static int overOf(RecordedBall ball) {
        String label = ball.over();
        int dot = label.indexOf('.');
        return Integer.parseInt(dot < 0 ? label : label.substring(0, dot)) + 1;
    }

    private static List<MatchCharts.Over> overs(List<RecordedBall> balls) {
        List<MatchCharts.Over> overs = new ArrayList<>();
        int total = 0;
        int current = -1;
        int runs = 0;
        int legal = 0;
        List<MatchCharts.Wicket> wickets = new ArrayList<>();
        for (RecordedBall ball : balls) {
            int over = overOf(ball);
            if (over != current && current > 0) {
                overs.add(new MatchCharts.Over(current, runs, total, legal, wickets));
                runs = 0;
                legal = 0;
                wickets = new ArrayList<>();
            }
            current = over;
            Delivery d = ball.delivery();
            runs += d.totalRuns();
            total += d.totalRuns();
            legal += d.legal() ? 1 : 0;
            for (Dismissal out : d.dismissals()) {
                if (out.kind().isWicket()) {
                    wickets.add(
                            new MatchCharts.Wicket(out.playerOut(), out.kind().cricsheetName(), total, ball.over()));
                }
            }
        }
        if (current > 0) {
            overs.add(new MatchCharts.Over(current, runs, total, legal, wickets));
        }
        return overs;
    }

    private static List<MatchCharts.Partnership> partnerships(List<RecordedBall> balls) {
        List<MatchCharts.Partnership> done = new ArrayList<>();
        Stand stand = null;
        int wicketsDown = 0;
        for (RecordedBall ball : balls) {
            Delivery d = ball.delivery();
            if (stand != null && !stand.isOf(d.batter(), d.nonStriker())) {
                done.add(stand.end(true)); // a retirement changed the pair without a wicket
                stand = null;
            }
            if (stand == null) {
                stand = new Stand(wicketsDown + 1, d.batter(), d.nonStriker());
            }
            stand.add(d);
            long fell = d.dismissals().stream().filter(o -> o.kind().isWicket()).count();
            if (fell > 0) {
                done.add(stand.end(false));
                stand = null;
                wicketsDown += (int) fell;
            }
        }
        if (stand != null) {
            done.add(stand.end(true));
        }
        return done;
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

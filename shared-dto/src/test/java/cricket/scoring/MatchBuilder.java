package cricket.scoring;

import java.util.List;

/** Records a match event by event in tests, filling each ball's bowler and batters from the engine's suggestion. */
final class MatchBuilder {
    static final Team INDIA = new Team(
            "India",
            List.of(
                    "Rohit", "Gill", "Kohli", "Iyer", "Rahul", "Pandya", "Jadeja", "Axar", "Kuldeep", "Bumrah",
                    "Siraj"));
    static final Team AUSTRALIA = new Team(
            "Australia",
            List.of(
                    "Head",
                    "Warner",
                    "Marsh",
                    "Smith",
                    "Labuschagne",
                    "Maxwell",
                    "Carey",
                    "Cummins",
                    "Starc",
                    "Zampa",
                    "Hazlewood"));

    private MatchState state = MatchState.initial();

    static MatchBuilder match(MatchRules rules) {
        return new MatchBuilder().event(new MatchStarted(List.of(INDIA, AUSTRALIA), "India", TossDecision.BAT, rules));
    }

    static MatchRules rules(Integer overs, int ballsPerOver) {
        return new MatchRules(overs, ballsPerOver, 1, false, false, 1, false, true);
    }

    /** India bat first with Rohit facing Starc; Australia with Head facing Bumrah. */
    MatchBuilder innings(String team) {
        return team.equals("India")
                ? event(new InningsStarted("India", "Rohit", "Gill", "Starc", false))
                : event(new InningsStarted("Australia", "Head", "Warner", "Bumrah", false));
    }

    MatchBuilder superOver(String team) {
        return team.equals("India")
                ? event(new InningsStarted("India", "Kohli", "Pandya", "Cummins", true))
                : event(new InningsStarted("Australia", "Maxwell", "Smith", "Bumrah", true));
    }

    MatchBuilder event(MatchEvent event) {
        state = state.apply(event);
        return this;
    }

    MatchBuilder ball(Balls ball) {
        return event(new BallBowled(delivery(ball)));
    }

    Delivery delivery(Balls ball) {
        return ball.at(
                state.bowler().orElseThrow(),
                state.striker().orElseThrow(),
                state.nonStriker().orElseThrow());
    }

    MatchBuilder balls(int count, Balls ball) {
        for (int i = 0; i < count; i++) {
            ball(ball);
        }
        return this;
    }

    MatchBuilder bowler(String name) {
        return event(new BowlerChanged(name, BowlerChanged.Why.NEW_OVER));
    }

    MatchBuilder batterIn(String name) {
        return event(new BatterIn(name));
    }

    /** Whole overs of the same ball; at each over's end the one of two bowlers who did not bowl it takes over. */
    MatchBuilder overs(int count, Balls ball, String first, String second) {
        for (int i = 0; i < count; i++) {
            if (state.next() == NextAction.NEW_BOWLER) {
                bowler(state.lastOverBowler().orElseThrow().equals(first) ? second : first);
            }
            balls(state.rules().orElseThrow().ballsPerOver(), ball);
        }
        return this;
    }

    /** Bowls {@code count} of the same ball, changing bowler at each over's end between the side's two openers. */
    MatchBuilder play(int count, Balls ball) {
        for (int i = 0; i < count; i++) {
            changeBowlerIfDue();
            ball(ball);
        }
        return this;
    }

    /** Bowls the batting side out: each striker bowled, the next unused squad member in, until the innings closes. */
    MatchBuilder allOut() {
        int number = state.liveScore().inningsNumber();
        while (state.next() != NextAction.START_INNINGS
                && state.next() != NextAction.MATCH_OVER
                && state.liveScore().inningsNumber() == number) {
            if (state.next() == NextAction.NEW_BATTER) {
                batterIn(nextBatter());
            } else {
                changeBowlerIfDue();
                ball(Balls.out(DismissalKind.BOWLED));
            }
        }
        return this;
    }

    private void changeBowlerIfDue() {
        if (state.next() == NextAction.NEW_BOWLER) {
            boolean india = state.liveScore().battingTeam().equals("India");
            String first = india ? "Starc" : "Bumrah";
            String second = india ? "Cummins" : "Siraj";
            bowler(state.lastOverBowler().orElseThrow().equals(first) ? second : first);
        }
    }

    private String nextBatter() {
        LiveScore live = state.liveScore();
        Team team = live.battingTeam().equals("India") ? INDIA : AUSTRALIA;
        InningsCard card = card(live.inningsNumber());
        return team.players().stream()
                .filter(p -> card.batting().stream().noneMatch(l -> l.name().equals(p)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no batter left to come in"));
    }

    MatchState state() {
        return state;
    }

    InningsCard card(int number) {
        return state.scorecard().innings().get(number - 1);
    }

    BattingLine batting(int innings, String name) {
        return card(innings).batting().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no batting line"));
    }

    BowlingLine bowling(int innings, String name) {
        return card(innings).bowling().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no bowling line"));
    }
}

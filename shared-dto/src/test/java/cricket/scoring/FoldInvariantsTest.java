package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole T20 matches of varied balls (seeded, so each run is the same): after every event the scorecard balances
 * (CRICSHEET-FORMAT section 6) and the state folded ball by ball equals the state folded afresh from the log, which
 * is what an Undo or a reload gives.
 */
class FoldInvariantsTest {
    private static final List<String> INDIA_BOWLERS = List.of("Bumrah", "Siraj", "Kuldeep", "Jadeja", "Pandya");
    private static final List<String> AUSTRALIA_BOWLERS = List.of("Starc", "Cummins", "Hazlewood", "Zampa", "Maxwell");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyStateBalancesAndEqualsItsRefold(long seed) {
        Random random = new Random(seed);
        MatchBuilder m = match(MatchRules.t20()).innings("India");
        int events = 0;
        while (m.state().next() != NextAction.MATCH_OVER && events < 600) {
            // Read while this state still owns the incrementally folded running totals.
            Seen before = Seen.of(m.state());
            step(m, random);
            events++;
            assertBalanced(m.state());
            if (events % 3 == seed % 3) { // a re-fold costs the whole log: check every third event
                assertThat(Seen.of(m.state().apply(new Undo())))
                        .as("seed " + seed + " event " + events
                                + ": undo re-folds to what the ball-by-ball fold showed")
                        .isEqualTo(before);
            }
        }
        assertThat(m.state().next()).as("seed " + seed).isEqualTo(NextAction.MATCH_OVER);
        assertThat(m.state().result()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void twoInningsMatchesWithDeclarationsAndFollowOnsBalanceAndEndWithAResult(long seed) {
        Random random = new Random(seed);
        MatchBuilder m = match(MatchRules.test()).innings("India");
        int events = 0;
        while (m.state().next() != NextAction.MATCH_OVER && events < 3000) {
            Seen before = Seen.of(m.state());
            testStep(m, random);
            events++;
            assertBalanced(m.state());
            if (events % 11 == seed % 11) {
                assertThat(Seen.of(m.state().apply(new Undo())))
                        .as("seed " + seed + " event " + events)
                        .isEqualTo(before);
            }
        }
        Result result = m.state().result().orElseThrow();
        List<InningsCard> innings = m.state().scorecard().innings();
        if (result.kind() == ResultKind.INNINGS) {
            assertThat(innings).hasSize(3);
            int winner = runsOf(innings, result.winner());
            int loser = innings.stream().mapToInt(InningsCard::runs).sum() - winner;
            assertThat(winner - loser).isEqualTo(result.margin());
        } else if (result.kind() == ResultKind.RUNS) {
            assertThat(innings).hasSize(4);
            int winner = runsOf(innings, result.winner());
            int loser = innings.stream().mapToInt(InningsCard::runs).sum() - winner;
            assertThat(winner - loser).isEqualTo(result.margin());
        } else if (result.kind() == ResultKind.DRAW) {
            InningsCard last = innings.get(innings.size() - 1);
            assertThat(last.runs()).isLessThan(last.target().runs());
            assertThat(last.wickets()).isLessThan(10);
        } else if (result.kind() == ResultKind.WICKETS) {
            InningsCard last = innings.get(innings.size() - 1);
            assertThat(last.battingTeam()).isEqualTo(result.winner());
            assertThat(last.runs()).isGreaterThanOrEqualTo(last.target().runs());
            assertThat(10 - last.wickets()).isEqualTo(result.margin());
        }
    }

    private static int runsOf(List<InningsCard> innings, String team) {
        return innings.stream()
                .filter(i -> i.battingTeam().equals(team))
                .mapToInt(InningsCard::runs)
                .sum();
    }

    /** A Test: declarations now and then, the follow-on when it may be enforced, stumps after the fourth innings. */
    private static void testStep(MatchBuilder m, Random random) {
        MatchState state = m.state();
        List<InningsCard> innings = state.scorecard().innings();
        if (state.next() == NextAction.START_INNINGS) {
            boolean followOn = false;
            if (innings.size() == 2 && innings.get(0).runs() > innings.get(1).runs() && random.nextBoolean()) {
                m.event(new FollowOnEnforced());
                followOn = true;
            }
            String batting = nextToBat(innings, followOn);
            m.event(
                    batting.equals("India")
                            ? new InningsStarted("India", "Rohit", "Gill", "Starc", false)
                            : new InningsStarted("Australia", "Head", "Warner", "Bumrah", false));
            return;
        }
        LiveScore live = state.liveScore();
        if (state.next() == NextAction.BALL && live.legalBalls() > 60 && random.nextInt(200) == 0) {
            m.event(new InningsClosed(ClosureReason.DECLARED));
            return;
        }
        if (innings.size() == 4 && state.next() == NextAction.BALL && random.nextInt(150) == 0) {
            m.event(new MatchEnded("stumps on the last day"));
            return;
        }
        step(m, random);
    }

    /** Innings 2 is the other side's; 3 the first side's unless it enforced the follow-on; 4 whoever batted once. */
    private static String nextToBat(List<InningsCard> innings, boolean followOn) {
        String first = innings.get(0).battingTeam();
        String second = first.equals("India") ? "Australia" : "India";
        return switch (innings.size()) {
            case 1 -> second;
            case 2 -> followOn ? second : first;
            default -> innings.get(2).battingTeam().equals(first) ? second : first;
        };
    }

    private static void step(MatchBuilder m, Random random) {
        MatchState state = m.state();
        switch (state.next()) {
            case NEW_BATTER -> m.batterIn(nextBatter(state));
            case NEW_BOWLER -> m.bowler(nextBowler(state, random));
            case START_INNINGS -> m.innings("Australia");
            case MATCH_OVER -> throw new AssertionError("the match is over");
            default -> m.ball(randomBall(random, state.freeHit()));
        }
    }

    private static Balls randomBall(Random random, boolean freeHit) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return Balls.dot();
        } else if (roll < 55) {
            return Balls.runs(1 + random.nextInt(3));
        } else if (roll < 63) {
            return Balls.four();
        } else if (roll < 67) {
            return Balls.six();
        } else if (roll < 71) {
            return Balls.wide(random.nextInt(3) == 0 ? 4 : random.nextInt(2));
        } else if (roll < 74) {
            return Balls.noBall(1, random.nextInt(5));
        } else if (roll < 77) {
            return Balls.byes(1 + random.nextInt(4));
        } else if (roll < 80) {
            return Balls.legbyes(1 + random.nextInt(2));
        } else if (roll < 81) {
            return Balls.runs(1).penalty(5);
        } else if (roll < 84) {
            return Balls.runs(random.nextInt(3)).nonStrikerOut(DismissalKind.RUN_OUT, "Smith");
        } else if (roll < 87 || freeHit) {
            return Balls.runs(1).striker(DismissalKind.RUN_OUT, "Carey").crossed();
        }
        DismissalKind[] kinds = {
            DismissalKind.BOWLED, DismissalKind.CAUGHT, DismissalKind.LBW, DismissalKind.STUMPED,
        };
        return Balls.out(kinds[random.nextInt(kinds.length)], "Carey");
    }

    private static String nextBatter(MatchState state) {
        LiveScore live = state.liveScore();
        Team team = live.battingTeam().equals("India") ? MatchBuilder.INDIA : MatchBuilder.AUSTRALIA;
        InningsCard card = state.scorecard().innings().get(live.inningsNumber() - 1);
        return team.players().stream()
                .filter(p -> card.batting().stream().noneMatch(l -> l.name().equals(p)))
                .findFirst()
                .orElseThrow();
    }

    private static String nextBowler(MatchState state, Random random) {
        List<String> pool = state.liveScore().battingTeam().equals("India") ? AUSTRALIA_BOWLERS : INDIA_BOWLERS;
        String last = state.lastOverBowler().orElse("");
        List<String> allowed = pool.stream().filter(b -> !b.equals(last)).toList();
        return allowed.get(random.nextInt(allowed.size()));
    }

    private static void assertBalanced(MatchState state) {
        for (InningsCard card : state.scorecard().innings()) {
            int batters = card.batting().stream().mapToInt(BattingLine::runs).sum();
            int bowlers = card.bowling().stream().mapToInt(BowlingLine::runs).sum();
            int bowlerBalls =
                    card.bowling().stream().mapToInt(BowlingLine::legalBalls).sum();
            long out = card.batting().stream().filter(BattingLine::out).count();
            ExtrasCard x = card.extras();

            assertThat(batters + x.wides() + x.noballs())
                    .as("batters + wides + no-balls")
                    .isEqualTo(bowlers);
            assertThat(bowlers + x.byes() + x.legbyes() + x.penalty())
                    .as("innings total")
                    .isEqualTo(card.runs());
            assertThat(bowlerBalls).as("legal balls").isEqualTo(card.legalBalls());
            assertThat(card.fallOfWickets()).as("fall of wickets").hasSize(card.wickets());
            assertThat(out).as("batters out").isEqualTo(card.wickets());
            assertThat(card.legalBalls()).isLessThanOrEqualTo(120);
        }
    }

    /** What a reader sees of a state. */
    private record Seen(Scorecard scorecard, LiveScore live, NextAction next, String striker, boolean freeHit) {
        static Seen of(MatchState state) {
            return new Seen(
                    state.scorecard(),
                    state.liveScore(),
                    state.next(),
                    state.striker().orElse(null),
                    state.freeHit());
        }
    }
}

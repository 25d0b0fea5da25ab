package cricket.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the next event of a random match from one number: usually what {@link MatchState#next()} asks for, with the
 * players the state suggests; now and then a correction, an off-the-ball event or plain nonsense (unknown players,
 * any type at any time, values out of bounds, missing fields).
 */
final class RandomEvents {
    private static final List<MatchRules> RULES = List.of(
            new MatchRules(2, 6, 1, true, true, 1, false, true),
            new MatchRules(1, 5, 2, true, true, 1, true, true),
            new MatchRules(3, 6, 1, false, false, 1, false, false),
            new MatchRules(null, 6, 1, false, false, 2, false, true));

    private RandomEvents() {}

    static MatchEvent next(MatchState state, int choice) {
        Random r = new Random(choice);
        int kind = r.nextInt(100);
        if (kind < 8) {
            return nonsense(state, r);
        }
        if (kind < 12) {
            return correction(state, r);
        }
        if (kind < 16) {
            return offTheBall(state, r);
        }
        switch (state.next()) {
            case START_MATCH:
                return new MatchStarted(
                        List.of(MatchBuilder.INDIA, MatchBuilder.AUSTRALIA),
                        r.nextBoolean() ? "India" : null,
                        TossDecision.BAT,
                        pick(r, RULES));
            case START_INNINGS:
                return inningsStart(state, r);
            case NEW_BATTER:
                return r.nextInt(10) == 0
                        ? new BatterAbsentHurt(pick(r, batting(state).players()))
                        : new BatterIn(pick(r, batting(state).players()));
            case NEW_BOWLER:
                String bowler = pick(r, bowling(state).players());
                return r.nextInt(8) == 0
                        ? new BowlerChanged(bowler, BowlerChanged.Why.REPLACEMENT_MID_OVER, "injured")
                        : new BowlerChanged(bowler, BowlerChanged.Why.NEW_OVER);
            case BALL:
                return r.nextInt(25) == 0
                        ? new BatterRetired(state.striker().orElseThrow(), pick(r, List.of(RetirementKind.values())))
                        : new BallBowled(delivery(
                                r,
                                state.bowler().orElseThrow(),
                                state.striker().orElseThrow(),
                                state.nonStriker().orElseThrow()));
            default:
                return correction(state, r);
        }
    }

    private static MatchEvent inningsStart(MatchState state, Random r) {
        Team team = pick(r, state.teams());
        Team other = state.teams().get(0).equals(team)
                ? state.teams().get(1)
                : state.teams().get(0);
        if (r.nextInt(12) == 0) {
            return new InningsForfeited(team.name());
        }
        if (r.nextInt(12) == 0) {
            return new FollowOnEnforced();
        }
        List<String> openers = new ArrayList<>(team.players());
        java.util.Collections.shuffle(openers, r);
        int played = state.scorecard().innings().size();
        return new InningsStarted(
                team.name(), openers.get(0), openers.get(1), pick(r, other.players()), played >= 2 && r.nextBoolean());
    }

    private static Delivery delivery(Random r, String bowler, String striker, String nonStriker) {
        int kind = r.nextInt(100);
        int bat = 0;
        Extras extras = Extras.NONE;
        List<Dismissal> outs = List.of();
        if (kind < 35) {
            bat = 0;
        } else if (kind < 60) {
            bat = 1 + r.nextInt(3);
        } else if (kind < 70) {
            bat = r.nextBoolean() ? 4 : 6;
        } else if (kind < 76) {
            extras = new Extras(1 + r.nextInt(5), 0, 0, 0, 0);
        } else if (kind < 81) {
            bat = r.nextInt(5);
            extras = new Extras(0, 1 + r.nextInt(2), 0, 0, 0);
        } else if (kind < 86) {
            extras = r.nextBoolean()
                    ? new Extras(0, 0, 1 + r.nextInt(4), 0, 0)
                    : new Extras(0, 0, 0, 1 + r.nextInt(4), 0);
        } else if (kind < 88) {
            extras = new Extras(0, 0, 0, 0, 5);
        } else {
            DismissalKind how = pick(r, List.of(DismissalKind.values()));
            String out = how == DismissalKind.RUN_OUT && r.nextBoolean() ? nonStriker : striker;
            outs = List.of(new Dismissal(how, out, List.of()));
        }
        boolean swapped = r.nextInt(15) == 0;
        return new Delivery(
                bowler,
                swapped ? nonStriker : striker,
                swapped ? striker : nonStriker,
                bat,
                r.nextInt(20) == 0,
                extras,
                outs,
                r.nextBoolean(),
                r.nextInt(10) == 0 ? "a comment" : null);
    }

    private static MatchEvent correction(MatchState state, Random r) {
        List<RecordedBall> balls = state.balls();
        int kind = r.nextInt(4);
        if (kind == 0 && !balls.isEmpty()) {
            RecordedBall ball = pick(r, balls);
            Delivery was = ball.delivery();
            return new ReplaceBall(ball.seq(), delivery(r, was.bowler(), was.batter(), was.nonStriker()));
        }
        if (kind == 1) {
            return new ResultRecorded(
                    new Result("India were awarded the match", "India", ResultKind.AWARDED, null, null, null, null));
        }
        return new Undo();
    }

    private static MatchEvent offTheBall(MatchState state, Random r) {
        if (state.teams().isEmpty()) {
            return new Undo();
        }
        String team = pick(r, state.teams()).name();
        switch (r.nextInt(7)) {
            case 0:
                return new PenaltyAwarded(5 * (1 + r.nextInt(2)), team, "time wasting");
            case 1:
                return new InningsClosed(pick(r, List.of(ClosureReason.values())));
            case 2:
                return new TargetRevised(1 + r.nextInt(60), r.nextBoolean() ? null : 1 + r.nextInt(18), "DLS");
            case 3:
                return new PlayerReplaced("India", pick(r, MatchBuilder.INDIA.players()), "Sundar", null);
            case 4:
                return new MatchEnded("rain");
            case 5:
                return new DayEnded(1 + r.nextInt(6));
            default:
                return new BowlerChanged(pick(r, bowlingOrAny(state).players()), BowlerChanged.Why.AS_RECORDED);
        }
    }

    /** Any type at any time, with players from neither side, values out of bounds and missing fields. */
    private static MatchEvent nonsense(MatchState state, Random r) {
        List<String> names = new ArrayList<>(MatchBuilder.INDIA.players());
        names.addAll(List.of("Nobody", " ", "Bradman", "x".repeat(101), "Ro\u0000hit"));
        String a = pick(r, names);
        String b = pick(r, names);
        int n = r.nextInt(30) - 5;
        switch (r.nextInt(13)) {
            case 0:
                return new BallBowled(new Delivery(a, b, pick(r, names), n, false, null, null, false, null));
            case 1:
                return new BallBowled(
                        new Delivery(a, b, "Gill", 0, false, new Extras(n, 0, n, 0, n), null, false, null));
            case 2:
                return new InningsStarted(
                        pick(r, List.of("India", "Australia", "Nepal")), a, b, "Starc", r.nextBoolean());
            case 3:
                return new BatterIn(a);
            case 4:
                return new BowlerChanged(a, BowlerChanged.Why.NEW_OVER);
            case 5:
                return new PenaltyAwarded(n, pick(r, List.of("India", "Nepal")), null);
            case 6:
                return new ReplaceBall(n, new Delivery(a, b, "Gill", 1, false, null, List.of(), false, null));
            case 7:
                return new TargetRevised(n, n, null);
            case 8:
                return new MatchStarted(null, null, null, MatchRules.t20());
            case 9:
                return new InningsForfeited(a);
            case 10:
                return new BatterRetired(a, null);
            case 11:
                return new DayEnded(n);
            default:
                return new PlayerReplaced(pick(r, List.of("India", "Australia")), a, b, null);
        }
    }

    private static Team batting(MatchState state) {
        String team = state.liveScore().battingTeam();
        return state.teams().stream()
                .filter(t -> t.name().equals(team))
                .findFirst()
                .orElseThrow();
    }

    private static Team bowling(MatchState state) {
        String team = state.liveScore().battingTeam();
        return state.teams().stream()
                .filter(t -> !t.name().equals(team))
                .findFirst()
                .orElseThrow();
    }

    private static Team bowlingOrAny(MatchState state) {
        return state.liveScore().battingTeam() == null ? state.teams().get(0) : bowling(state);
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}

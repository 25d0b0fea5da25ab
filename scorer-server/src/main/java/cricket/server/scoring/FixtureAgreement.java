package cricket.server.scoring;

import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.Fielder;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.PlayerReplaced;
import cricket.scoring.ReplaceBall;
import cricket.scoring.Team;
import cricket.server.domain.BadValue;
import cricket.server.domain.NotFound;
import cricket.server.scoring.MatchSides.Side;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Events agree with the fixture: the toss names the fixture's two sides, each playing side is picked from its
 * squad (an admin adds a player to the squad first, never the scorer in the event), and a replacement or a named
 * substitute fielder is a member of the squad. An empty squad admits nobody: it never switches the check off. The
 * engine checks the rest against the sides named at the toss. Only events that name people from outside the
 * playing sides read the fixture, so the usual ball costs nothing here.
 */
final class FixtureAgreement {
    private final MatchSides sides;

    FixtureAgreement(MatchSides sides) {
        this.sides = sides;
    }

    void check(long matchId, MatchEvent event) {
        if (event instanceof MatchStarted started) {
            matchStarted(sides(matchId), started);
        } else if (event instanceof PlayerReplaced replaced) {
            playerReplaced(sides(matchId), replaced);
        } else if (event instanceof BallBowled ball && namesSubstitute(ball.delivery())) {
            substitutes(sides(matchId), ball.delivery(), "event.delivery");
        } else if (event instanceof ReplaceBall edit && namesSubstitute(edit.delivery())) {
            substitutes(sides(matchId), edit.delivery(), "event.delivery");
        }
    }

    private List<Side> sides(long matchId) {
        return sides.of(matchId).orElseThrow(() -> new NotFound("no match with id " + matchId));
    }

    private static void matchStarted(List<Side> fixture, MatchStarted started) {
        String names = fixture.get(0).name() + " and " + fixture.get(1).name();
        for (int t = 0; t < started.teams().size(); t++) {
            Team team = started.teams().get(t);
            String field = "event.teams[" + t + "]";
            Side side = side(fixture, team.name())
                    .orElseThrow(() -> new BadValue(
                            field + ".name",
                            field + ".name must be one of this fixture's sides, " + names + "; got \"" + team.name()
                                    + "\""));
            if (team.players().isEmpty()) {
                throw new BadValue(
                        field + ".players",
                        field + ".players must name " + side.name() + "'s playing side, picked from its squad"
                                + squadShown(side));
            }
            for (int p = 0; p < team.players().size(); p++) {
                String player = team.players().get(p);
                if (!side.squad().contains(player)) {
                    throw new BadValue(
                            field + ".players[" + p + "]",
                            field + ".players[" + p + "]: " + player + " is not in " + side.name()
                                    + "'s squad; an admin adds them to the squad first" + squadShown(side));
                }
            }
        }
    }

    private static void playerReplaced(List<Side> fixture, PlayerReplaced replaced) {
        Optional<Side> side = side(fixture, replaced.team());
        if (side.isPresent() && !side.get().squad().contains(replaced.playerIn())) {
            throw new BadValue(
                    "event.playerIn",
                    "event.playerIn: " + replaced.playerIn() + " is not in "
                            + side.get().name()
                            + "'s squad; a replacement must be a squad member (an admin adds them first)");
        }
    }

    /** A named substitute fields for the bowler's side: a member of the squad whose player bowled the ball. */
    private static void substitutes(List<Side> fixture, Delivery delivery, String field) {
        List<Side> fielding = fixture.stream()
                .filter(s -> s.squad().contains(delivery.bowler()))
                .toList();
        for (int d = 0; d < delivery.dismissals().size(); d++) {
            Dismissal dismissal = delivery.dismissals().get(d);
            for (int f = 0; f < dismissal.fielders().size(); f++) {
                Fielder fielder = dismissal.fielders().get(f);
                if (fielder.substitute()
                        && fielder.name() != null
                        && fielding.stream().noneMatch(s -> s.squad().contains(fielder.name()))) {
                    String at = field + ".dismissals[" + d + "].fielders[" + f + "].name";
                    throw new BadValue(
                            at,
                            at + ": substitute " + fielder.name() + " is not in the squad of the fielding side ("
                                    + fielding.stream().map(Side::name).collect(Collectors.joining(" or "))
                                    + "); an admin adds them to the squad first");
                }
            }
        }
    }

    private static boolean namesSubstitute(Delivery delivery) {
        return delivery.dismissals().stream()
                .flatMap(d -> d.fielders().stream())
                .anyMatch(f -> f.substitute() && f.name() != null);
    }

    private static Optional<Side> side(List<Side> fixture, String name) {
        return fixture.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static String squadShown(Side side) {
        return side.squad().isEmpty()
                ? " (the squad is empty)"
                : " (" + side.squad().size() + " in the squad)";
    }
}

package cricket.desktop.scoring;

import static cricket.desktop.scoring.Forms.check;
import static cricket.desktop.scoring.Forms.choice;
import static cricket.desktop.scoring.Forms.form;
import static cricket.desktop.scoring.Forms.number;
import static cricket.desktop.scoring.Forms.row;
import static cricket.desktop.scoring.Forms.text;

import cricket.scoring.ClosureReason;
import cricket.scoring.Delivery;
import cricket.scoring.DismissalKind;
import cricket.scoring.Extras;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.RecordedBall;
import cricket.scoring.RetirementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The forms the scoring screen shows in place of the pad. Each calls {@code done} after a successful record. */
final class PromptForms {
    private final ScoringViewModel model;
    private final Runnable done;

    PromptForms(ScoringViewModel model, Runnable done) {
        this.model = model;
        this.done = done;
    }

    private MatchState state() {
        return model.state();
    }

    /** Runs the action; leaves the form open (with the engine's sentence showing) when it was refused. */
    private Runnable submit(Supplier<Boolean> action) {
        return () -> {
            try {
                if (action.get()) {
                    done.run();
                }
            } catch (IllegalArgumentException e) {
                model.messageProperty().set(e.getMessage());
            }
        };
    }

    Node newBatter() {
        ComboBox<String> batter = choice("batterChoice", model.roster().availableBatters(state()), null);
        return form(
                "batter",
                "Wicket fallen: who comes in?",
                List.<Node[]>of(row("New batter", batter)),
                submit(() -> {
                    return model.newBatter(batter.getValue());
                }),
                null);
    }

    Node newBowler(boolean midOver) {
        ComboBox<String> bowler = choice(
                "bowlerChoice",
                midOver
                        ? model.roster().players(model.roster().fieldingTeam(state()))
                        : model.roster().availableBowlers(state()),
                null);
        TextField reason = text("bowlerReason", midOver ? "injured" : "");
        List<Node[]> rows = new ArrayList<>();
        rows.add(row("Bowler", bowler));
        if (midOver) {
            rows.add(row("Reason", reason));
        }
        String title = midOver ? "Change the bowler mid-over" : "End of over: who bowls the next one?";
        return form(
                "bowler",
                title,
                rows,
                submit(() -> {
                    return midOver
                            ? model.changeBowlerMidOver(bowler.getValue(), reason.getText())
                            : model.newBowler(bowler.getValue());
                }),
                midOver ? done : null);
    }

    Node startInnings() {
        Roster roster = model.roster();
        ComboBox<String> team = choice("inningsTeam", roster.teamNames(), roster.nextBattingTeam(state()));
        ComboBox<String> striker = choice("strikerChoice", roster.players(team.getValue()), null);
        ComboBox<String> nonStriker = choice("nonStrikerChoice", roster.players(team.getValue()), null);
        ComboBox<String> bowler = choice("openingBowlerChoice", roster.players(roster.other(team.getValue())), null);
        CheckBox superOver = check("superOverInnings", "Super over", false);
        Runnable fill = () -> {
            striker.getItems().setAll(roster.players(team.getValue()));
            nonStriker.getItems().setAll(roster.players(team.getValue()));
            bowler.getItems().setAll(roster.players(roster.other(team.getValue())));
            striker.getSelectionModel().select(0);
            nonStriker
                    .getSelectionModel()
                    .select(Math.min(1, nonStriker.getItems().size() - 1));
            bowler.getSelectionModel().select(0);
        };
        team.valueProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return form(
                "innings",
                "Start the innings",
                List.of(
                        row("Batting side", team),
                        row("Striker", striker),
                        row("Non-striker", nonStriker),
                        row("Opening bowler", bowler),
                        row("", superOver)),
                submit(() -> {
                    return model.startInnings(
                            team.getValue(),
                            striker.getValue(),
                            nonStriker.getValue(),
                            bowler.getValue(),
                            superOver.isSelected());
                }),
                null);
    }

    Node wicket() {
        List<DismissalKind> kinds = Arrays.stream(DismissalKind.values())
                .filter(DismissalKind::isWicket)
                .filter(k -> k != DismissalKind.RETIRED_OUT)
                .toList();
        ComboBox<DismissalKind> kind = choice("wicketKind", kinds, DismissalKind.CAUGHT);
        List<String> atCrease = new ArrayList<>();
        state().striker().ifPresent(atCrease::add);
        state().nonStriker().ifPresent(atCrease::add);
        if (model.swappedProperty().get()) {
            java.util.Collections.reverse(atCrease);
        }
        ComboBox<String> out = choice("playerOut", atCrease, null);
        ComboBox<String> fielder =
                choice("fielderChoice", model.roster().players(model.roster().fieldingTeam(state())), null);
        fielder.setEditable(true);
        fielder.setValue("");
        TextField runs = text("runsCompleted", "0");
        CheckBox crossed = check("crossedCheck", "Batters crossed", false);
        String extra = model.extraProperty().get() == PadExtra.NONE
                ? ""
                : " (" + model.extraProperty().get() + ")";
        return form(
                "wicket",
                "Wicket" + extra,
                List.of(
                        row("How out", kind),
                        row("Who is out", out),
                        row("Fielder", fielder),
                        row("Runs completed", runs),
                        row("", crossed)),
                submit(() -> {
                    return model.wicket(
                            kind.getValue(),
                            out.getValue(),
                            fielder.getValue(),
                            number("runs completed", runs.getText()),
                            crossed.isSelected());
                }),
                done);
    }

    Node editBall(RecordedBall ball) {
        Delivery d = ball.delivery();
        return deliveryForm(
                "edit",
                "Edit ball " + ball.over() + ": " + d.bowler() + " to " + d.batter(),
                d,
                edited -> model.editBall(ball.seq(), edited),
                done);
    }

    /** The set-aside ball, by the bowler and batters in now, to correct before it is queued again. */
    Node editSetAside(SetAsideReview.Proposal proposal) {
        Delivery d = proposal.editBase();
        return deliveryForm(
                "reviewEdit",
                "Edit the set-aside ball, then re-apply it: " + d.bowler() + " to " + d.batter(),
                d,
                edited -> model.review().reapplyEdited(edited),
                done);
    }

    private Node deliveryForm(String id, String title, Delivery d, Function<Delivery, Boolean> save, Runnable cancel) {
        TextField runs = text(id + "Runs", Integer.toString(d.batterRuns()));
        CheckBox allRun = check(id + "AllRun", "4/6 was run, not a boundary", d.nonBoundary());
        TextField wides = text(id + "Wides", Integer.toString(d.extras().wides()));
        TextField noballs = text(id + "NoBalls", Integer.toString(d.extras().noballs()));
        TextField byes = text(id + "Byes", Integer.toString(d.extras().byes()));
        TextField legbyes = text(id + "LegByes", Integer.toString(d.extras().legbyes()));
        TextField words = text(id + "Commentary", d.commentary() == null ? "" : d.commentary());
        words.setPrefColumnCount(24);
        return form(
                id,
                title,
                List.of(
                        row("Runs off the bat", runs),
                        row("", allRun),
                        row("Wides", wides),
                        row("No-balls", noballs),
                        row("Byes", byes),
                        row("Leg-byes", legbyes),
                        row("Commentary", words)),
                submit(() -> {
                    Extras extras = new Extras(
                            number("wides", wides.getText()),
                            number("no-balls", noballs.getText()),
                            number("byes", byes.getText()),
                            number("leg-byes", legbyes.getText()),
                            d.extras().penalty());
                    return save.apply(new Delivery(
                            d.bowler(),
                            d.batter(),
                            d.nonStriker(),
                            number("runs off the bat", runs.getText()),
                            allRun.isSelected(),
                            extras,
                            d.dismissals(),
                            d.crossed(),
                            words.getText()));
                }),
                cancel);
    }

    Node penalty() {
        Roster roster = model.roster();
        TextField runs = text("penaltyRuns", "5");
        ComboBox<String> team = choice("penaltyTeam", roster.teamNames(), roster.battingTeam(state()));
        TextField reason = text("penaltyReason", "");
        reason.setPrefColumnCount(20);
        return form(
                "penalty",
                "Penalty runs (Laws 41/42)",
                List.of(row("Runs", runs), row("Awarded to", team), row("Reason", reason)),
                submit(() -> {
                    return model.penalty(number("penalty runs", runs.getText()), team.getValue(), reason.getText());
                }),
                done);
    }

    Node retire() {
        List<String> atCrease = new ArrayList<>();
        state().striker().ifPresent(atCrease::add);
        state().nonStriker().ifPresent(atCrease::add);
        ComboBox<String> batter = choice("retireBatter", atCrease, null);
        ComboBox<RetirementKind> kind = choice("retireKind", List.of(RetirementKind.values()), RetirementKind.HURT);
        return form(
                "retire",
                "Retirement (Law 25.4)",
                List.of(row("Batter", batter), row("Kind", kind)),
                submit(() -> {
                    return model.retire(batter.getValue(), kind.getValue());
                }),
                done);
    }

    Node endInnings() {
        ComboBox<ClosureReason> reason = choice(
                "closeReason",
                List.of(ClosureReason.DECLARED, ClosureReason.ALL_OUT, ClosureReason.CALLED_OFF),
                ClosureReason.DECLARED);
        return form(
                "close",
                "End the innings",
                List.<Node[]>of(row("Reason", reason)),
                submit(() -> {
                    return model.endInnings(reason.getValue());
                }),
                done);
    }

    /** The confirm prompt for stumps: the day (the engine's day of play) and where the match stands. */
    Node stumps() {
        Integer today = state().liveScore().day();
        TextField day = text("stumpsDay", today == null ? "" : today.toString());
        Label standing = new Label(state().liveScore().summary());
        standing.setId("stumpsStanding");
        return form(
                "stumps",
                "End of day's play (stumps)?",
                List.of(row("Day", day), row("Close of play", standing)),
                submit(() -> {
                    return model.endDay(number("day", day.getText()));
                }),
                done);
    }

    Node target() {
        TextField runs = text("targetRuns", "");
        TextField overs = text("targetOvers", "");
        TextField method = text("targetMethod", "DLS");
        // From the official sheet: a stoppage with overs lost (play resumes), or play abandoned and the par score
        CheckBox abandoned = check("targetAbandoned", "Play abandoned: decide the chase on the par score", false);
        return form(
                "target",
                "Revised target or par score",
                List.of(
                        row("Runs to win (abandoned: the par score)", runs),
                        row("Overs (e.g. 47 or 9.5; blank = unchanged)", overs),
                        row("Method", method),
                        row("", abandoned)),
                submit(() -> {
                    return abandoned.isSelected()
                            ? model.abandonOnPar(
                                    number("par score", runs.getText()), legalBalls(overs.getText()), method.getText())
                            : model.reviseTarget(
                                    number("target runs", runs.getText()),
                                    legalBalls(overs.getText()),
                                    method.getText());
                }),
                done);
    }

    /** "9.5" with 6-ball overs is 59 legal balls (Law 17: overs.balls, not a decimal). */
    private Integer legalBalls(String overs) {
        if (overs == null || overs.isBlank()) {
            return null;
        }
        int perOver = state().rules().map(MatchRules::ballsPerOver).orElse(6);
        String[] parts = overs.strip().split("\\.");
        int whole = number("target overs", parts[0]);
        int balls = parts.length > 1 ? number("target overs (balls part)", parts[1]) : 0;
        if (balls >= perOver || parts.length > 2) {
            throw new IllegalArgumentException(
                    "target overs must be overs.balls with fewer than " + perOver + " balls, got \"" + overs + "\"");
        }
        return whole * perOver + balls;
    }
}

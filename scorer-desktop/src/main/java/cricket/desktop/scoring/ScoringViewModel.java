package cricket.desktop.scoring;

import cricket.desktop.Background;
import cricket.desktop.client.LocalMatch;
import cricket.desktop.client.Outbox;
import cricket.desktop.client.OutboxStatus;
import cricket.print.CardDetails;
import cricket.print.ScorecardPdf;
import cricket.scoring.BatterIn;
import cricket.scoring.BatterRetired;
import cricket.scoring.BowlerChanged;
import cricket.scoring.ClosureReason;
import cricket.scoring.DayEnded;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.DismissalKind;
import cricket.scoring.Extras;
import cricket.scoring.Fielder;
import cricket.scoring.InningsClosed;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.NextAction;
import cricket.scoring.PenaltyAwarded;
import cricket.scoring.ReplaceBall;
import cricket.scoring.RetirementKind;
import cricket.scoring.TargetRevised;
import cricket.scoring.Undo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scoring pad's model: turns key presses into events, applies them through the local engine and the outbox, and
 * exposes the state the live panel shows. Every method runs on the JavaFX thread.
 */
public final class ScoringViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScoringViewModel.class);

    private final LocalMatch match;
    private final Outbox outbox;
    private final Roster roster;
    private final ObjectProperty<MatchState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<PadExtra> extra = new SimpleObjectProperty<>(PadExtra.NONE);
    private final BooleanProperty swapped = new SimpleBooleanProperty();
    private final StringProperty commentary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<OutboxStatus> outboxStatus = new SimpleObjectProperty<>(new OutboxStatus(true, 0));
    private final BooleanProperty reloading = new SimpleBooleanProperty();
    private final Consumer<OutboxStatus> listener = s -> Platform.runLater(() -> outboxStatus.set(s));
    private final SetAsideReview review;

    public ScoringViewModel(LocalMatch match, Outbox outbox) {
        this.match = match;
        this.outbox = outbox;
        this.roster = new Roster(match);
        this.review = new SetAsideReview(match, state::set, message);
        state.set(match.state());
        // A conflict or a refusal: reload at once, so the screen shows the server's score and what was set aside.
        outboxStatus.addListener((o, was, now) -> {
            if (needsReload(now) && !needsReload(was)) {
                reloadFromServer();
            }
        });
        outbox.addListener(listener);
        if (needsReload(outbox.status())) {
            reloadFromServer();
        } else {
            review.start(); // decisions left open when the console last closed
        }
    }

    private boolean needsReload(OutboxStatus status) {
        return status != null
                && status.stopped() != null
                && status.stopped().needsReload()
                && outbox.stoppedOn(match.matchId());
    }

    /** A runs key: off the bat, or with the pending extra. {@code allRun} marks a 4 or 6 that was run. */
    public boolean runs(int runs, boolean allRun) {
        return ball(runs, allRun, List.of(), false);
    }

    public void setExtra(PadExtra next) {
        if (next == PadExtra.BYE && extra.get() == PadExtra.NO_BALL) {
            next = PadExtra.NO_BALL_BYE;
        } else if (next == PadExtra.LEG_BYE && extra.get() == PadExtra.NO_BALL) {
            next = PadExtra.NO_BALL_LEG_BYE;
        }
        extra.set(next);
        message.set(next.hint());
    }

    /** Records a dismissal on this ball; runs completed count (run out), the pending extra applies. */
    public boolean wicket(DismissalKind kind, String playerOut, String fielder, int runsCompleted, boolean crossed) {
        List<Fielder> fielders =
                fielder == null || fielder.isBlank() ? List.of() : List.of(new Fielder(fielder, false));
        try {
            return ball(runsCompleted, false, List.of(new Dismissal(kind, playerOut, fielders)), crossed);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    private boolean ball(int runs, boolean allRun, List<Dismissal> dismissals, boolean crossed) {
        MatchState now = state.get();
        String closed = closedReason(now);
        if (closed != null) {
            message.set(closed);
            return false;
        }
        String striker =
                swapped.get() ? now.nonStriker().orElse(null) : now.striker().orElse(null);
        String nonStriker =
                swapped.get() ? now.striker().orElse(null) : now.nonStriker().orElse(null);
        Delivery delivery;
        try {
            delivery = new Delivery(
                    now.bowler().orElse(null),
                    striker,
                    nonStriker,
                    batterRuns(runs),
                    allRun && (runs == 4 || runs == 6),
                    extras(runs, now),
                    dismissals,
                    crossed,
                    commentary.get());
        } catch (IllegalArgumentException e) {
            message.set("Cannot record a ball yet: " + e.getMessage());
            return false;
        }
        if (!record(new cricket.scoring.BallBowled(delivery))) {
            return false;
        }
        extra.set(PadExtra.NONE);
        swapped.set(false);
        commentary.set("");
        return true;
    }

    private int batterRuns(int runs) {
        return extra.get() == PadExtra.NONE || extra.get() == PadExtra.NO_BALL ? runs : 0;
    }

    private Extras extras(int runs, MatchState now) {
        int noBall = now.rules().map(MatchRules::noBallRuns).orElse(1);
        return switch (extra.get()) {
            case NONE -> Extras.NONE;
            case WIDE -> new Extras(1 + runs, 0, 0, 0, 0);
            case NO_BALL -> new Extras(0, noBall, 0, 0, 0);
            case NO_BALL_BYE -> new Extras(0, noBall, runs, 0, 0);
            case NO_BALL_LEG_BYE -> new Extras(0, noBall, 0, runs, 0);
            case BYE -> new Extras(0, 0, runs, 0, 0);
            case LEG_BYE -> new Extras(0, 0, 0, runs, 0);
        };
    }

    public void undo() {
        if (match.events().isEmpty()) {
            message.set("Nothing to undo.");
            return;
        }
        if (record(new Undo())) {
            message.set("Undone. Press U again to undo the event before it.");
        }
    }

    /** The scorer overrides who faces the next ball (the engine's choice is only a suggestion). */
    public void swapStrike() {
        swapped.set(!swapped.get());
        message.set("Strike swapped for the next ball.");
    }

    public boolean newBatter(String batter) {
        return record(new BatterIn(batter));
    }

    public boolean newBowler(String bowler) {
        return record(new BowlerChanged(bowler, BowlerChanged.Why.NEW_OVER));
    }

    /** A bowler change mid-over (injury, suspension): the replacement finishes the over. */
    public boolean changeBowlerMidOver(String bowler, String reason) {
        return record(new BowlerChanged(
                bowler,
                BowlerChanged.Why.REPLACEMENT_MID_OVER,
                reason == null || reason.isBlank() ? "bowler could not finish the over" : reason));
    }

    public boolean startInnings(
            String battingTeam, String striker, String nonStriker, String bowler, boolean superOver) {
        return record(new InningsStarted(battingTeam, striker, nonStriker, bowler, superOver));
    }

    public boolean penalty(int runs, String team, String reason) {
        return record(new PenaltyAwarded(runs, team, reason));
    }

    public boolean retire(String batter, RetirementKind kind) {
        return record(new BatterRetired(batter, kind));
    }

    public boolean endInnings(ClosureReason reason) {
        return record(new InningsClosed(reason));
    }

    /** Stumps (Law 12.2): the day's play has closed; play resumes from here the next day. */
    public boolean endDay(int day) {
        return record(new DayEnded(day));
    }

    /** Whether stumps may be recorded now; when not, the message says why (a one-day match, the match over). */
    public boolean offersStumps() {
        state.get().refusal(DayEnded.class).ifPresent(message::set);
        return state.get().accepts(DayEnded.class);
    }

    public boolean reviseTarget(int runs, Integer legalBalls, String method) {
        return record(new TargetRevised(runs, legalBalls, method));
    }

    /**
     * Play abandoned in the chase: the engine decides it on the official sheet's par score; the overs bowled default
     * to the chase's own when not given.
     */
    public boolean abandonOnPar(int par, Integer legalBalls, String method) {
        Integer bowled = legalBalls != null ? legalBalls : state().liveScore().legalBalls();
        return record(TargetRevised.parAtStop(par, bowled == null || bowled == 0 ? null : bowled, method));
    }

    /** Edits a past ball; the engine re-derives everything after it. */
    public boolean editBall(int seq, Delivery delivery) {
        boolean ok = record(new ReplaceBall(seq, delivery));
        if (ok) {
            message.set("Ball edited; everything after it is re-derived.");
        }
        return ok;
    }

    /**
     * Why no ball can be recorded now, from the engine's state: the match has a result (or no innings is left), or
     * the innings is closed and the next has not started; {@code null} while a ball may follow.
     */
    static String closedReason(MatchState now) {
        NextAction next = now.next();
        if (next == NextAction.MATCH_OVER) {
            String result =
                    now.result().map(r -> r.text()).orElse(now.liveScore().summary());
            return "The match is over: " + result + ". No ball can be recorded; to change it, undo the last event (U)"
                    + " or edit a ball (F2).";
        }
        if (next == NextAction.START_INNINGS && !now.balls().isEmpty()) {
            return "The innings is closed: " + now.liveScore().summary() + ". Start the next innings, or undo the"
                    + " last event (Ctrl+U) or edit a ball (F2) to change it.";
        }
        return null;
    }

    /**
     * After a conflict or a refusal: take the server's version. This console's unsent events move to the set-aside
     * file (not deleted, not sent), and the review proposes them one by one on the server's score. Until the reload
     * is in, nothing new is recorded: it would be built on the events being set aside.
     */
    public void reloadFromServer() {
        if (reloading.get()) {
            return;
        }
        reloading.set(true);
        message.set("Reloading the match from the server…");
        Background.run(
                "reload match " + match.matchId(),
                match::reloadFromServer,
                reloaded -> {
                    reloading.set(false);
                    state.set(reloaded);
                    review.start();
                    int waiting = outbox.undecided(match.matchId()).size();
                    message.set("Reloaded from the server."
                            + (waiting == 0 ? "" : " " + waiting + " event(s) of this console are set aside for you."));
                },
                e -> {
                    reloading.set(false);
                    message.set("Cannot reload from the server (" + e.getMessage() + "). Press \"Reload from server\""
                            + " to try again.");
                });
    }

    /** Builds the event through the constructors and the engine; a refusal becomes the message, never a crash. */
    private boolean record(MatchEvent event) {
        if (reloading.get()) {
            message.set("Reloading the match from the server: wait a moment, then enter it again.");
            return false;
        }
        try {
            state.set(match.record(event));
            message.set("");
            return true;
        } catch (RuntimeException e) {
            LOG.info("event refused type={} reason={}", event.typeName(), e.getMessage());
            message.set(e.getMessage());
            return false;
        }
    }

    /**
     * Writes the printed scorecard of the match as this console holds it, with the fixture's facts (tournament,
     * venue, day, officials) as the server gave them when the match was opened: the server's scorecard.pdf renders
     * the same card from the same events and facts, and this works offline too. The message says where it went or
     * why not.
     */
    public boolean exportPdf(Path file) {
        MatchState now = state.get();
        byte[] pdf = ScorecardPdf.render(
                now.scorecard(), CardDetails.of(now, match.detail().facts()));
        try {
            Path next = file.resolveSibling(file.getFileName() + ".part");
            Files.write(next, pdf);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            message.set("Scorecard written to " + file.toAbsolutePath() + ".");
            return true;
        } catch (IOException e) {
            LOG.warn("pdf not written file={} reason={}", file, e.getMessage());
            message.set("Cannot write the scorecard to " + file.toAbsolutePath() + ": " + e.getMessage());
            return false;
        }
    }

    public Roster roster() {
        return roster;
    }

    public LocalMatch match() {
        return match;
    }

    public ReadOnlyObjectProperty<MatchState> stateProperty() {
        return state;
    }

    public MatchState state() {
        return state.get();
    }

    public ObjectProperty<PadExtra> extraProperty() {
        return extra;
    }

    public BooleanProperty swappedProperty() {
        return swapped;
    }

    public StringProperty commentaryProperty() {
        return commentary;
    }

    /** The set-aside events proposed for the scorer's decision. */
    public SetAsideReview review() {
        return review;
    }

    public BooleanProperty reloadingProperty() {
        return reloading;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<OutboxStatus> outboxStatusProperty() {
        return outboxStatus;
    }

    @Override
    public void close() {
        outbox.removeListener(listener); // the outbox outlives the screen
    }
}

package cricket.desktop.scoring;

import cricket.desktop.client.LocalMatch;
import cricket.desktop.client.SetAsideEntry;
import cricket.scoring.BallBowled;
import cricket.scoring.BatterIn;
import cricket.scoring.BowlerChanged;
import cricket.scoring.CommentaryEntry;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.Undo;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The events set aside at a reload, proposed one by one on the server's score for the scorer to re-apply, edit or
 * drop. Each is checked by the engine on the state as it is at that moment (the decisions before it included), and
 * nothing is queued again without the scorer saying so. Runs on the JavaFX thread.
 */
public final class SetAsideReview {
    private final LocalMatch match;
    private final Consumer<MatchState> onState;
    private final StringProperty message;
    private final ObjectProperty<Proposal> current = new SimpleObjectProperty<>();
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private int total;
    private int decided;

    SetAsideReview(LocalMatch match, Consumer<MatchState> onState, StringProperty message) {
        this.match = match;
        this.onState = onState;
        this.message = message;
    }

    /**
     * One set-aside event as the screen proposes it.
     *
     * @param what the event in words
     * @param verdict what the engine says of it on the score now: the score it would make, or why it refuses it
     * @param accepted whether the engine takes it as it is (re-apply is offered only then)
     * @param editBase for a ball: the same ball by the bowler and batters in now, for the edit form; else null
     */
    public record Proposal(
            SetAsideEntry entry,
            int position,
            int total,
            String what,
            String verdict,
            boolean accepted,
            Delivery editBase) {}

    /** Proposes what waits for a decision (after a reload, or when the match opens with undecided events). */
    public void start() {
        List<SetAsideEntry> waiting = match.outbox().undecided(match.matchId());
        total = waiting.size();
        decided = 0;
        propose();
        showing.set(current.get() != null);
    }

    private void propose() {
        List<SetAsideEntry> waiting = match.outbox().undecided(match.matchId());
        if (waiting.isEmpty()) {
            current.set(null);
            showing.set(false);
            return;
        }
        total = Math.max(total, decided + waiting.size());
        SetAsideEntry next = waiting.get(0);
        MatchState now = match.state();
        String verdict;
        boolean accepted;
        try {
            MatchState after = now.apply(next.event());
            verdict = next.event() instanceof Undo
                    ? "On the score now it would take back: " + newest(now) + "."
                    : "On the score now it stands, making " + after.liveScore().summary() + ".";
            accepted = true;
        } catch (RuntimeException e) {
            verdict = "On the score now the engine refuses it: " + e.getMessage();
            accepted = false;
        }
        Delivery base = next.event() instanceof BallBowled ball ? onCurrentPlayers(ball.delivery(), now) : null;
        current.set(new Proposal(next, decided + 1, total, describe(next.event()), verdict, accepted, base));
    }

    /** Re-applies the proposed event as it was. */
    public boolean reapply() {
        Proposal p = current.get();
        return p != null && decide(p, p.entry().event());
    }

    /** Re-applies the proposed ball as the scorer corrected it. */
    public boolean reapplyEdited(Delivery delivery) {
        Proposal p = current.get();
        return p != null && decide(p, new BallBowled(delivery));
    }

    private boolean decide(Proposal p, MatchEvent event) {
        try {
            onState.accept(match.reapply(p.entry(), event));
        } catch (RuntimeException e) {
            message.set("Not re-applied: " + e.getMessage());
            return false;
        }
        message.set("Re-applied: " + describe(event) + ".");
        decided++;
        propose();
        return true;
    }

    /** Drops the proposed event: never sent, kept in the set-aside file marked dropped. */
    public void drop() {
        Proposal p = current.get();
        if (p == null) {
            return;
        }
        match.outbox().drop(p.entry());
        message.set("Dropped (kept in the set-aside file): " + p.what() + ".");
        decided++;
        propose();
    }

    /** Puts the review away (e.g. to choose the next bowler first); {@link #resume()} brings it back. */
    public void later() {
        showing.set(false);
        int left = match.outbox().undecided(match.matchId()).size();
        message.set(left + " set-aside event(s) wait for your decision: press V to review them.");
    }

    public void resume() {
        if (current.get() == null) {
            start();
        }
        if (current.get() == null) {
            message.set("Nothing set aside waits for a decision.");
            return;
        }
        propose(); // the score may have moved on since: check again
        showing.set(true);
    }

    public ObjectProperty<Proposal> currentProperty() {
        return current;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    private static String newest(MatchState state) {
        List<CommentaryEntry> lines = state.commentary();
        if (lines.isEmpty()) {
            return "the newest event";
        }
        CommentaryEntry last = lines.get(lines.size() - 1);
        return last.over() == null ? last.text() : last.over() + " " + last.text();
    }

    /** The set-aside ball by the bowler and batters the server's score has in now (the scorer edits from there). */
    private static Delivery onCurrentPlayers(Delivery d, MatchState now) {
        return new Delivery(
                now.bowler().orElse(d.bowler()),
                now.striker().orElse(d.batter()),
                now.nonStriker().orElse(d.nonStriker()),
                d.batterRuns(),
                d.nonBoundary(),
                d.extras(),
                d.dismissals(),
                d.crossed(),
                d.commentary());
    }

    /** An event in the scorer's words, without the state it was made on. */
    static String describe(MatchEvent event) {
        if (event instanceof BallBowled ball) {
            Delivery d = ball.delivery();
            StringBuilder text =
                    new StringBuilder(d.bowler() + " to " + d.batter() + ": " + d.batterRuns() + " run(s)");
            if (d.extras().total() > 0) {
                text.append(" + ")
                        .append(d.extras().total())
                        .append(" extra(s) (")
                        .append(extras(d))
                        .append(')');
            }
            if (!d.dismissals().isEmpty()) {
                text.append(", ")
                        .append(d.dismissals().stream().map(SetAsideReview::out).collect(Collectors.joining(", ")));
            }
            return text.toString();
        }
        if (event instanceof Undo) {
            return "Undo";
        }
        if (event instanceof BatterIn in) {
            return "New batter " + in.batter();
        }
        if (event instanceof BowlerChanged change) {
            return "Bowler " + change.bowler() + (change.note() == null ? "" : " (" + change.note() + ")");
        }
        return event.typeName() + " " + event;
    }

    private static String extras(Delivery d) {
        var x = d.extras();
        String text = (x.wides() > 0 ? x.wides() + " wd " : "")
                + (x.noballs() > 0 ? x.noballs() + " nb " : "")
                + (x.byes() > 0 ? x.byes() + " b " : "")
                + (x.legbyes() > 0 ? x.legbyes() + " lb " : "")
                + (x.penalty() > 0 ? x.penalty() + " pen" : "");
        return text.strip();
    }

    private static String out(Dismissal d) {
        return d.playerOut() + " out, " + d.kind().name().toLowerCase().replace('_', ' ');
    }
}

package cricket.desktop.setup;

import cricket.api.MatchTeam;
import cricket.desktop.client.LocalMatch;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchStarted;
import cricket.scoring.Team;
import cricket.scoring.TossDecision;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Toss, playing XIs and rules; records {@link MatchStarted}. The openers are picked on the scoring screen. */
public final class SetupViewModel {
    private final LocalMatch match;
    private final Runnable onStarted;
    private final StringProperty tossWinner = new SimpleStringProperty();
    private final ObjectProperty<TossDecision> tossDecision = new SimpleObjectProperty<>(TossDecision.BAT);
    private final StringProperty overs = new SimpleStringProperty();
    private final StringProperty ballsPerOver = new SimpleStringProperty();
    private final StringProperty noBallRuns = new SimpleStringProperty();
    private final BooleanProperty freeHit = new SimpleBooleanProperty();
    private final BooleanProperty superOver = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final MatchRules defaults;

    public SetupViewModel(LocalMatch match, Runnable onStarted) {
        this.match = match;
        this.onStarted = onStarted;
        this.defaults = match.detail().rules() == null
                ? MatchRules.t20()
                : match.detail().rules();
        overs.set(
                defaults.oversPerInnings() == null
                        ? ""
                        : defaults.oversPerInnings().toString());
        ballsPerOver.set(Integer.toString(defaults.ballsPerOver()));
        noBallRuns.set(Integer.toString(defaults.noBallRuns()));
        freeHit.set(defaults.freeHitAfterNoBall());
        superOver.set(defaults.superOverOnTie());
        if (!teams().isEmpty()) {
            tossWinner.set(teams().get(0).name());
        }
    }

    public List<MatchTeam> teams() {
        return match.detail().teams();
    }

    /** Records the start of the match; on a bad value shows a sentence naming the field instead. */
    public boolean start(List<String> firstXi, List<String> secondXi) {
        try {
            if (teams().size() != 2) {
                throw new IllegalArgumentException(
                        "the fixture must have two teams with squads, got " + teams().size());
            }
            requireXi(teams().get(0).name(), firstXi);
            requireXi(teams().get(1).name(), secondXi);
            MatchRules rules = new MatchRules(
                    overs.get() == null || overs.get().isBlank() ? null : number("overs", overs.get()),
                    number("balls per over", ballsPerOver.get()),
                    number("no-ball runs", noBallRuns.get()),
                    freeHit.get(),
                    superOver.get(),
                    defaults.inningsPerSide(),
                    defaults.consecutiveOversAllowed(),
                    defaults.caughtBatterReplacedAtStrikersEnd());
            match.record(new MatchStarted(
                    List.of(
                            new Team(teams().get(0).name(), firstXi),
                            new Team(teams().get(1).name(), secondXi)),
                    tossWinner.get(),
                    tossDecision.get(),
                    rules));
        } catch (RuntimeException e) {
            error.set(e.getMessage());
            return false;
        }
        onStarted.run();
        return true;
    }

    private static void requireXi(String team, List<String> xi) {
        if (xi.size() < 2) {
            throw new IllegalArgumentException(
                    "pick the playing XI of " + team + " (at least 2 players), got " + xi.size());
        }
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(field + " must be a whole number, got \"" + text + "\"");
        }
    }

    public StringProperty tossWinnerProperty() {
        return tossWinner;
    }

    public ObjectProperty<TossDecision> tossDecisionProperty() {
        return tossDecision;
    }

    public StringProperty oversProperty() {
        return overs;
    }

    public StringProperty ballsPerOverProperty() {
        return ballsPerOver;
    }

    public StringProperty noBallRunsProperty() {
        return noBallRuns;
    }

    public BooleanProperty freeHitProperty() {
        return freeHit;
    }

    public BooleanProperty superOverProperty() {
        return superOver;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

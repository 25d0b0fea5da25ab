package cricket.desktop;

import cricket.api.MatchSummary;
import cricket.api.Role;
import cricket.desktop.admin.AdminView;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.FolderInUseException;
import cricket.desktop.client.LocalMatch;
import cricket.desktop.client.Outbox;
import cricket.desktop.fixture.FixtureView;
import cricket.desktop.fixture.FixtureViewModel;
import cricket.desktop.login.LoginView;
import cricket.desktop.login.LoginViewModel;
import cricket.desktop.scoring.ScoringView;
import cricket.desktop.scoring.ScoringViewModel;
import cricket.desktop.setup.SetupView;
import cricket.desktop.setup.SetupViewModel;
import cricket.scoring.NextAction;
import java.io.UncheckedIOException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one window and its flow: sign in, pick a fixture, set the match up, score. Wired by hand here, so a
 * test builds the same console with its own config.
 */
public final class ScorerConsole implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScorerConsole.class);

    private final DesktopConfig config;
    private final SaveDialog saveDialog;
    private final Outbox outbox;
    /** Why the outbox could not be opened (another console holds the folder, or it cannot be read); else null. */
    private final String refused;

    private final ConsoleSettings settings;
    private final BorderPane shell = new BorderPane();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final BooleanProperty matchOpen = new SimpleBooleanProperty();
    /** A match's setup or scoring screen is showing, so "back to the match list" has somewhere to go. */
    private final BooleanProperty awayFromList = new SimpleBooleanProperty();
    /** The signed-in session, for the way back to the match list. */
    private ApiClient signedIn;

    private Stage stage;
    private ScoringViewModel scoring;

    public ScorerConsole(DesktopConfig config) {
        this(config, SaveDialog.SYSTEM);
    }

    /** A console that asks {@code saveDialog} where to save files (a test's stand-in for the system's dialog). */
    public ScorerConsole(DesktopConfig config, SaveDialog saveDialog) {
        this.config = config;
        this.saveDialog = saveDialog;
        Outbox opened = null;
        String why = null;
        try {
            opened = new Outbox(config.dataDir());
        } catch (FolderInUseException | UncheckedIOException e) {
            LOG.warn("outbox not opened folder={} reason={}", config.dataDir(), e.getMessage());
            why = e.getMessage();
        }
        this.outbox = opened;
        this.refused = why;
        this.settings = new ConsoleSettings(config.dataDir());
    }

    public void start(Stage window) {
        this.stage = window;
        stage.setTitle("Cricket Tracker — scorer's console");
        theme.addListener((o, was, now) -> now.apply());
        theme.set(settings.theme());
        shell.setTop(new ConsoleMenu(
                        theme, this::useTheme, matchOpen, this::chooseAndExportPdf, awayFromList, this::backToMatchList)
                .bar());
        shell.setCenter(outbox == null ? refusedView() : login());
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().add(Theme.CONSOLE_CSS);
        scene.getAccelerators().put(ConsoleMenu.SWITCH_THEME, this::switchTheme);
        stage.setScene(scene);
        stage.show();
    }

    /** Light to dark or back (Ctrl+Shift+D, or the View menu), remembered for the next start. */
    public void switchTheme() {
        useTheme(theme.get().other());
    }

    void useTheme(Theme chosen) {
        theme.set(chosen);
        settings.theme(chosen);
    }

    /** Export PDF…: the scorer picks the file, the scoring screen's model writes the card of the open match. */
    private void chooseAndExportPdf() {
        if (scoring == null) {
            return;
        }
        saveDialog
                .choose(
                        stage,
                        "Export the scorecard as PDF",
                        "scorecard-match-" + scoring.match().matchId() + ".pdf",
                        new FileChooser.ExtensionFilter("PDF", "*.pdf"))
                .ifPresent(scoring::exportPdf);
    }

    /** Whether a match's scoring screen is showing, which Export PDF… needs. */
    public ReadOnlyBooleanProperty matchOpenProperty() {
        return matchOpen;
    }

    /** The theme showing now. */
    public Theme theme() {
        return theme.get();
    }

    private LoginView login() {
        return new LoginView(new LoginViewModel(config, this::signedIn, outbox.startReport()));
    }

    /** Without its outbox the console cannot keep a ball safe, so it scores nothing and says why. */
    private Parent refusedView() {
        Label why = new Label("The console cannot start scoring: " + refused);
        why.setId("startRefused");
        why.setWrapText(true);
        why.setMaxWidth(720);
        why.getStyleClass().add("refusal");
        Button quit = new Button("Close (Enter)");
        quit.setId("closeButton");
        quit.setDefaultButton(true);
        quit.setOnAction(e -> stage.close());
        VBox box = new VBox(16, why, quit);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }

    private void signedIn(ApiClient api) {
        outbox.start(api);
        signedIn = api;
        show(home(api, new FixtureView(new FixtureViewModel(api, fixture -> open(api, fixture)))));
    }

    /**
     * Ctrl+M from a match's setup or scoring screen: the list again, to open another match. Nothing is lost: the
     * outbox goes on sending what the scorer entered, and opening the match again picks up where it stands.
     */
    public void backToMatchList() {
        if (signedIn != null && awayFromList.get()) {
            show(home(signedIn, new FixtureView(new FixtureViewModel(signedIn, f -> open(signedIn, f)))));
        }
    }

    /** The fixture list; an admin gets it as the first of the admin's screens. */
    private Parent home(ApiClient api, FixtureView fixtures) {
        return api.session().role() == Role.ADMIN ? new AdminView(api, fixtures) : fixtures;
    }

    private void open(ApiClient api, MatchSummary fixture) {
        Background.run(
                "open match " + fixture.id(),
                () -> LocalMatch.open(api, outbox, fixture.id()),
                this::showMatch,
                e -> show(home(api, new FixtureView(new FixtureViewModel(api, f -> open(api, f), e.getMessage())))));
    }

    private void showMatch(LocalMatch match) {
        if (match.state().next() == NextAction.START_MATCH) {
            show(new SetupView(new SetupViewModel(match, () -> showMatch(match))));
        } else {
            if (scoring != null) {
                scoring.close(); // another match's screen was showing
            }
            scoring = new ScoringViewModel(match, outbox);
            ScoringView view = new ScoringView(scoring);
            // The outbox keeps every waiting ball; after the new sign-in it sends them with the new session.
            view.onSignInAgain(() -> show(login()));
            show(view);
        }
    }

    private void show(Parent root) {
        if (scoring != null && !(root instanceof ScoringView)) {
            scoring.close(); // leaving the scoring screen: its model stops listening to the outbox, which outlives it
            scoring = null;
        }
        shell.setCenter(root);
        matchOpen.set(root instanceof ScoringView);
        awayFromList.set(root instanceof ScoringView || root instanceof SetupView);
    }

    /** Why this console could not open its outbox, or {@code null} when it did. */
    public String refused() {
        return refused;
    }

    /** The scoring screen's model once a match is open, for tests and screenshots. */
    public ScoringViewModel scoring() {
        return scoring;
    }

    public Outbox outbox() {
        return outbox;
    }

    public DesktopConfig config() {
        return config;
    }

    @Override
    public void close() {
        if (scoring != null) {
            scoring.close();
        }
        if (outbox != null) {
            outbox.close();
        }
    }
}

package cricket.desktop.scoring;

import cricket.desktop.client.OutboxStatus;
import cricket.desktop.client.ServerAnswer;
import cricket.scoring.CommentaryEntry;
import cricket.scoring.MatchState;
import cricket.scoring.NextAction;
import cricket.scoring.RecordedBall;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The scoring screen: the pad (or the form the next step needs) and the ball-by-ball list on the left, the live panel
 * on the right, the connection and outbox status at the bottom. The keyboard drives everything; see
 * docs/scorer-console.md.
 */
public final class ScoringView extends BorderPane {
    private final ScoringViewModel model;
    private final PromptForms forms;
    private final StackPane area = new StackPane();
    private final Node pad;
    private final ReviewPane reviewPane;
    private final ClosedPane matchOver;
    private final ClosedPane inningsClosed;
    private final LivePanel live = new LivePanel();
    private final ObservableList<RecordedBall> balls = FXCollections.observableArrayList();
    private final ListView<RecordedBall> ballList = new ListView<>(balls);
    private final TextField commentary = new TextField();
    private Map<Integer, String> ballText = Map.of();
    private boolean formOpen;
    private boolean swallowTyped;
    private Runnable signInAgain = () -> {};

    public ScoringView(ScoringViewModel model) {
        this.model = model;
        this.forms = new PromptForms(model, this::closeForm);
        this.pad = new PadPane(model, this::open);
        this.reviewPane = new ReviewPane(
                model.review(),
                () -> open(f -> f.editSetAside(model.review().currentProperty().get())));
        this.matchOver = new ClosedPane("matchOverPane", "U", model::undo, this::editSelected);
        this.inningsClosed = new ClosedPane("inningsClosedPane", "Ctrl+U", model::undo, this::editSelected);
        setId("scoringView");
        setTop(conflictBanner());
        setCenter(new SplitPane(left(), live));
        setBottom(statusBar());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        model.stateProperty().addListener((o, was, now) -> refresh(now));
        // The review takes the pad's place while it is showing, and gives it back when every event is decided.
        model.review().showingProperty().addListener((o, was, now) -> stepChanged());
        model.review().currentProperty().addListener((o, was, now) -> stepChanged());
        refresh(model.state());
    }

    /** What "Sign in again" does when the server refuses the session: the console shows its sign-in screen. */
    public void onSignInAgain(Runnable action) {
        this.signInAgain = action;
    }

    private VBox left() {
        Label message = new Label();
        message.setId("messageLabel");
        message.setWrapText(true);
        message.getStyleClass().add("scoring-message");
        message.textProperty().bind(model.messageProperty());
        commentary.setId("commentaryField");
        commentary.setPromptText("C: commentary for the next ball (Enter to keep, Esc to return to the pad)");
        commentary.textProperty().bindBidirectional(model.commentaryProperty());
        ballList.setId("ballList");
        ballList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecordedBall item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.over() + "  " + ballText.getOrDefault(item.seq(), ""));
            }
        });
        ballList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelected();
            }
        });
        Button edit = new Button("Edit selected ball (F2)");
        edit.setId("editBallButton");
        edit.setOnAction(e -> editSelected());
        VBox.setVgrow(ballList, Priority.ALWAYS);
        VBox box = new VBox(8, area, message, commentary, new Label("Ball by ball (this innings)"), ballList, edit);
        box.setPadding(new Insets(10));
        box.setMinWidth(480);
        return box;
    }

    private Node conflictBanner() {
        Label text = new Label();
        text.setId("conflictText");
        text.setWrapText(true);
        Button reload = new Button("Reload from server");
        reload.setId("reloadButton");
        reload.setOnAction(e -> model.reloadFromServer());
        Button signIn = new Button("Sign in again");
        signIn.setId("signInAgainButton");
        signIn.setOnAction(e -> signInAgain.run());
        signIn.managedProperty().bind(signIn.visibleProperty());
        signIn.setVisible(false);
        HBox banner = new HBox(12, text, reload, signIn);
        banner.setId("conflictPane");
        banner.setPadding(new Insets(10));
        banner.getStyleClass().add("conflict-banner");
        HBox.setHgrow(text, Priority.ALWAYS);
        banner.managedProperty().bind(banner.visibleProperty());
        reload.managedProperty().bind(reload.visibleProperty());
        model.outboxStatusProperty().addListener((o, was, now) -> {
            banner.setVisible(now.problem() != null);
            text.setText(now.problem() == null ? "" : now.problem());
            // A conflict or a refusal is resolved by reloading; a refused session needs a new sign-in instead.
            reload.setVisible(now.stopped() != null && now.stopped().needsReload());
            signIn.setVisible(now.stopped() == OutboxStatus.Stopped.SESSION);
        });
        banner.setVisible(false);
        return banner;
    }

    /**
     * Three facts, left to right, each in its own words and colour: the link (online, or offline with scoring going
     * on), the outbox (all sent, waiting, set aside) and the server's last answer to a send (when, and what it said);
     * then the key guide, the part that gives way when the window is narrow.
     */
    private Node statusBar() {
        Label connection = new Label();
        connection.setId("connectionLabel");
        Label waiting = new Label();
        waiting.setId("waitingLabel");
        Label answer = new Label("No answer from the server yet");
        answer.setId("lastAnswerLabel");
        Label keys = new Label("0-6 runs · ⇧4/⇧6 run · W wide · N no-ball · B bye · L leg-bye · X wicket · U undo · "
                + "S swap · C comment · O bowler · P penalty · R retire · E end innings · T target · D stumps · "
                + "F2 edit · V set-aside");
        keys.getStyleClass().add("key-guide");
        Runnable show = () -> {
            OutboxStatus s = model.outboxStatusProperty().get();
            connection.setText(s.online() ? "● Online" : "● Offline — scoring continues, balls are kept");
            connection.getStyleClass().setAll("label", s.online() ? "status-online" : "status-offline");
            waiting.setText((s.waiting() == 0 ? "all sent" : s.waiting() + " waiting to send")
                    + (s.setAside() == 0 ? "" : " · " + s.setAside() + " set aside for your decision (V)"));
            if (s.lastAnswer() != null) {
                answer.setText(s.lastAnswer().line());
                answer.getStyleClass()
                        .setAll(
                                "label",
                                s.lastAnswer().kind() == ServerAnswer.Kind.ACCEPTED
                                        ? "status-answer-ok"
                                        : "status-answer-refused");
            }
        };
        model.outboxStatusProperty().addListener((o, was, now) -> show.run());
        show.run();
        // The key guide is the one to shorten when the window is narrow, never the link, the outbox or the answer.
        for (Label fact : List.of(connection, waiting, answer)) {
            fact.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(
                12,
                connection,
                new Separator(Orientation.VERTICAL),
                waiting,
                new Separator(Orientation.VERTICAL),
                answer);
        bar.getChildren().addAll(new Separator(Orientation.VERTICAL), keys);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void refresh(MatchState state) {
        ballText = state.commentary().stream()
                .collect(Collectors.toMap(CommentaryEntry::seq, CommentaryEntry::text, (a, b) -> b));
        int innings = state.balls().isEmpty()
                ? 0
                : state.balls().get(state.balls().size() - 1).innings();
        balls.setAll(state.balls().stream().filter(b -> b.innings() == innings).toList());
        ballList.scrollTo(balls.size() - 1);
        live.show(state);
        if (!formOpen) {
            showStep(state);
        }
    }

    private void stepChanged() {
        if (!formOpen) {
            showStep(model.state());
        }
    }

    /**
     * The review while set-aside events wait for a decision; else the pad when the engine takes a ball, the form for
     * the step it is waiting for, or why it takes none (never a pad the engine would refuse).
     */
    private void showStep(MatchState state) {
        NextAction next = state.next();
        Node node;
        Node focus;
        if (model.review().showingProperty().get()) {
            node = reviewPane;
            focus = reviewPane;
        } else if (next == NextAction.START_INNINGS && !state.balls().isEmpty()) {
            focus = forms.startInnings();
            node = new VBox(8, inningsClosed.showing(ScoringViewModel.closedReason(state)), focus);
        } else {
            node = switch (next) {
                case START_INNINGS -> forms.startInnings();
                case NEW_BATTER -> forms.newBatter();
                case NEW_BOWLER -> forms.newBowler(false);
                case MATCH_OVER -> matchOver.showing(ScoringViewModel.closedReason(state));
                default -> pad;
            };
            focus = node;
        }
        area.getChildren().setAll(node);
        focusFirst(focus);
    }

    private void open(Function<PromptForms, Node> form) {
        formOpen = true;
        Node node = form.apply(forms);
        area.getChildren().setAll(node);
        focusFirst(node);
    }

    private void closeForm() {
        formOpen = false;
        showStep(model.state());
    }

    private void editSelected() {
        RecordedBall ball = ballList.getSelectionModel().getSelectedItem();
        if (ball == null) {
            model.messageProperty().set("Select a ball in the ball-by-ball list first (click it, or Tab to the list).");
            return;
        }
        open(f -> f.editBall(ball));
    }

    private static void focusFirst(Node node) {
        javafx.application.Platform.runLater(() -> {
            if (node instanceof VBox box
                    && box.getChildren().size() > 1
                    && box.getChildren().get(1) instanceof javafx.scene.layout.GridPane grid
                    && grid.getChildren().size() > 1) {
                grid.getChildren().get(1).requestFocus();
            } else {
                node.requestFocus();
            }
        });
    }

    /** The letter of a pad key that moved focus into a text field (C) must not land in that field. */
    private void typed(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
    }

    private void key(KeyEvent e) {
        swallowTyped = false;
        if (e.isShortcutDown() && e.getCode() != KeyCode.U) {
            return; // the window's own keys (Ctrl+Shift+D theme, Ctrl+E export), never a pad key
        }
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        Node shown = area.getChildren().get(0);
        if (e.getCode() == KeyCode.ESCAPE) {
            if (!formOpen && shown == reviewPane) {
                reviewPane.key(e);
            } else {
                escape();
            }
            e.consume();
            return;
        }
        boolean typing = focus instanceof TextInputControl;
        if (typing && focus == commentary && e.getCode() == KeyCode.ENTER) {
            pad.requestFocus();
            e.consume();
            return;
        }
        if (typing || formOpen) {
            return; // forms handle their own keys (Enter = OK)
        }
        if (shown == reviewPane) {
            if (reviewPane.key(e)) {
                e.consume();
            }
            return;
        }
        if (shown != pad) {
            closedKey(e, shown);
            return;
        }
        if (e.getCode() == KeyCode.F2 || (focus == ballList && e.getCode() == KeyCode.ENTER)) {
            editSelected();
            e.consume();
        } else if (PadKeys.handle(e, model, this::open, () -> commentary.requestFocus())) {
            swallowTyped = true;
            e.consume();
        }
    }

    /** Undo and edit where the pad gives way because the engine takes no ball (the match over, an innings closed). */
    private void closedKey(KeyEvent e, Node shown) {
        boolean matchIsOver = shown == matchOver;
        boolean undoKey = matchIsOver
                ? e.getCode() == KeyCode.U || e.getCode() == KeyCode.BACK_SPACE
                : e.getCode() == KeyCode.U && e.isControlDown();
        if (undoKey && (matchIsOver || shown.lookup("#inningsClosedPane") != null)) {
            model.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && (matchIsOver || shown.lookup("#inningsClosedPane") != null)) {
            editSelected();
            e.consume();
        }
    }

    private void escape() {
        if (formOpen) {
            model.messageProperty().set("");
            closeForm();
        } else {
            model.extraProperty().set(PadExtra.NONE);
            model.messageProperty().set("");
            pad.requestFocus();
        }
    }
}

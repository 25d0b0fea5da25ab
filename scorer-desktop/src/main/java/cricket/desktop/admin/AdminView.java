package cricket.desktop.admin;

import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What an admin sees after signing in: the scorer's fixture list first, then a tab per piece of the admin's work.
 * Ctrl+1 to Ctrl+9 go to the tabs; each screen builds when first shown and reloads whenever it is shown again.
 */
public final class AdminView extends VBox {
    /** One tab: its title, the node to focus when it shows, and how to build it. */
    private record Screen(String title, String focus, Supplier<Parent> build) {}

    /** The key under which a screen keeps its reload, so coming back to its tab shows what other tabs changed. */
    static final String RELOAD = "cricket.admin.reload";

    private final TabPane tabs = new TabPane();

    public AdminView(ApiClient api, Parent scoring) {
        setId("adminView");
        List<Screen> screens = List.of(
                new Screen("Score", "#fixtureList", () -> scoring),
                new Screen("Tournaments", "#tournamentList", () -> new TournamentsView(new TournamentsViewModel(api))),
                new Screen("Teams", "#teamList", () -> new RegistryView(new RegistryViewModel(api, Registry.TEAMS))),
                new Screen(
                        "Players", "#playerList", () -> new RegistryView(new RegistryViewModel(api, Registry.PLAYERS))),
                new Screen("Squads", "#squadTournament", () -> new SquadsView(new SquadsViewModel(api))),
                new Screen("Fixtures", "#matchList", () -> new FixturesView(new FixturesViewModel(api))),
                new Screen("Scorers", "#scorerMatch", () -> new ScorersView(new ScorersViewModel(api))),
                new Screen("Users", "#userList", () -> new UsersView(new UsersViewModel(api))),
                new Screen("Cricsheet", "#importPath", () -> new CricsheetView(new CricsheetViewModel(api))));
        tabs.setId("adminTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            // The key is in the key line above, not in the title: with it the nine titles outgrow the window and
            // the tab row scrolls its first tabs out of sight.
            Tab tab = new Tab(screen.title());
            tab.setId("tab" + screen.title());
            tab.setUserData(screen);
            tabs.getTabs().add(tab);
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            int index = i;
            Screens.on(
                    this,
                    new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> tabs.getSelectionModel().select(index));
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        show(tabs.getTabs().get(0));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        javafx.scene.control.Label keys = Screens.keys("adminKeys", keyLine(screens));
        keys.setPadding(new javafx.geometry.Insets(6, 10, 4, 10));
        getChildren().addAll(keys, tabs);
    }

    /** "Ctrl+1 Score · Ctrl+2 Tournaments · ...", from the screens themselves so the two never disagree. */
    private static String keyLine(List<Screen> screens) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < screens.size(); i++) {
            line.append(i == 0 ? "" : " · ")
                    .append("Ctrl+")
                    .append(i + 1)
                    .append(' ')
                    .append(screens.get(i).title());
        }
        return line.toString();
    }

    private void show(Tab tab) {
        Screen screen = (Screen) tab.getUserData();
        if (tab.getContent() == null) {
            tab.setContent(screen.build().get());
        } else if (tab.getContent().getProperties().get(RELOAD) instanceof Runnable reload) {
            reload.run();
        }
        Node content = tab.getContent();
        Platform.runLater(() -> {
            content.applyCss(); // a screen inside a scroll pane has its fields only once the pane is skinned
            Node first = content.lookup(screen.focus());
            if (first != null) {
                first.requestFocus();
            }
        });
    }

    /** The tabs, for tests and screenshots. */
    public TabPane tabs() {
        return tabs;
    }
}

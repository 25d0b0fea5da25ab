package cricket.desktop;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's menu bar: back to the match list, the open match's printed scorecard (Export PDF…), and the theme (light or dark), the choice
 * showing as the selected item.
 */
final class ConsoleMenu {
    /** Ctrl+Shift+D switches the theme anywhere in the console (the scene's accelerator, not a pad key). */
    static final KeyCombination SWITCH_THEME =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Ctrl+M: back from a match's screen to the match list (an admin's to the admin's screens). */
    static final KeyCombination MATCH_LIST = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    /** Ctrl+P: the printed scorecard of the open match. */
    static final KeyCombination EXPORT_PDF = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final ReadOnlyObjectProperty<Theme> theme;
    private final Consumer<Theme> choose;
    private final ObservableBooleanValue matchOpen;
    private final Runnable exportPdf;
    private final ObservableBooleanValue awayFromList;
    private final Runnable matchList;

    ConsoleMenu(
            ReadOnlyObjectProperty<Theme> theme,
            Consumer<Theme> choose,
            ObservableBooleanValue matchOpen,
            Runnable exportPdf,
            ObservableBooleanValue awayFromList,
            Runnable matchList) {
        this.theme = theme;
        this.choose = choose;
        this.matchOpen = matchOpen;
        this.exportPdf = exportPdf;
        this.awayFromList = awayFromList;
        this.matchList = matchList;
    }

    MenuBar bar() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = item("lightThemeItem", "Light theme", Theme.LIGHT, group);
        RadioMenuItem dark = item("darkThemeItem", "Dark theme", Theme.DARK, group);
        Menu view = new Menu("View (Ctrl+Shift+D switches the theme)");
        view.setId("viewMenu");
        view.getItems().addAll(light, dark);
        MenuItem export = new MenuItem("Export PDF…");
        export.setId("exportPdfItem");
        export.setAccelerator(EXPORT_PDF);
        export.disableProperty().bind(Bindings.not(matchOpen));
        export.setOnAction(e -> exportPdf.run());
        MenuItem list = new MenuItem("Back to the match list");
        list.setId("matchListItem");
        list.setAccelerator(MATCH_LIST);
        list.disableProperty().bind(Bindings.not(awayFromList));
        list.setOnAction(e -> matchList.run());
        Menu match = new Menu("Match");
        match.setId("matchMenu");
        match.getItems().addAll(list, export);
        MenuBar bar = new MenuBar(match, view);
        bar.setId("menuBar");
        return bar;
    }

    private RadioMenuItem item(String id, String text, Theme value, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(theme.get() == value);
        theme.addListener((o, was, now) -> item.setSelected(now == value));
        item.setOnAction(e -> choose.accept(value));
        return item;
    }
}

package cricket.desktop.admin;

import cricket.api.MatchSummary;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Cricsheet import (many files, a progress bar, each file's outcome) and the export of one match. The screen scrolls
 * rather than squash a list or cut a label short when the window is too low for it.
 */
public final class CricsheetView extends ScrollPane {
    /** Room for several rows of the list of picked files, whatever the window's height. */
    private static final double FILES_HEIGHT = 132;
    /** The outcomes list grows with the window from here. */
    private static final double OUTCOMES_HEIGHT = 132;

    public CricsheetView(CricsheetViewModel model) {
        setId("cricsheetView");
        setFitToWidth(true);
        setFitToHeight(true);
        TextField path = Screens.field("importPath", model.pathProperty(), 40);
        path.setPromptText("path of a Cricsheet .json file, Enter adds it");
        path.setOnAction(e -> model.addTyped());
        ListView<Path> files = Screens.list("importFiles", model.files(), Path::toString);
        files.setMinHeight(FILES_HEIGHT);
        files.setPrefHeight(FILES_HEIGHT);
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(400);
        progress.progressProperty().bind(model.progressProperty());
        ListView<String> outcomes = Screens.list("importOutcomes", model.outcomes(), s -> s);
        outcomes.setMinHeight(OUTCOMES_HEIGHT);
        outcomes.setPrefHeight(OUTCOMES_HEIGHT);
        VBox.setVgrow(outcomes, Priority.ALWAYS);

        ComboBox<MatchSummary> match = Screens.combo("exportMatch", model.matches(), FixturesViewModel::label);
        match.valueProperty().bindBidirectional(model.matchProperty());
        TextField target = Screens.field("exportPath", model.exportPathProperty(), 40);
        target.setOnAction(e -> model.export());

        VBox page = new VBox(
                8,
                Screens.title("Cricsheet import and export"),
                Screens.keys(
                        "cricsheetKeys",
                        "Ctrl+O choose files · Enter in the path adds it · Ctrl+I import them · Ctrl+L clear"
                                + " · Ctrl+E choose where to save the export · Ctrl+S save the export"
                                + " · F5 reload"),
                Screens.row(
                        path,
                        Screens.button("importChoose", "Choose files… (Ctrl+O)", () -> choose(model)),
                        Screens.button("importButton", "Import (Ctrl+I)", model::importAll)),
                files,
                Screens.row(Screens.label("importProgressLabel", "Progress", progress), progress),
                new Label("Each file's outcome"),
                outcomes,
                Screens.title("Export a match"),
                exportForm(model, match, target),
                Screens.message("cricsheetMessage", model.calls()));
        page.setPadding(new Insets(16));
        setContent(page);
        Screens.on(this, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> choose(model));
        Screens.on(this, new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), model::importAll);
        Screens.on(this, new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), model::clear);
        Screens.on(this, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> chooseTarget(model));
        Screens.on(this, new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::export);
        Screens.on(this, new KeyCodeCombination(KeyCode.F5), model::refresh);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }

    /**
     * The match and the file in a grid, their labels in one column as wide as the longer one: a match's long name
     * narrows its drop-down, never the label.
     */
    private GridPane exportForm(CricsheetViewModel model, ComboBox<MatchSummary> match, TextField target) {
        GridPane form = Screens.form();
        match.setPrefWidth(480);
        match.setMinWidth(160);
        match.setMaxWidth(Double.MAX_VALUE);
        target.setMinWidth(160);
        form.addRow(0, Screens.label("exportMatchLabel", "Match", match), match);
        form.addRow(
                1,
                Screens.label("exportPathLabel", "Save as", target),
                target,
                Screens.button("exportChoose", "Choose… (Ctrl+E)", () -> chooseTarget(model)),
                Screens.button("exportButton", "Save (Ctrl+S)", model::export));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.SOMETIMES);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    private void choose(CricsheetViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Cricsheet JSON files to import");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cricsheet JSON", "*.json"));
        List<File> picked = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (picked != null) {
            model.add(picked.stream().map(File::toPath).toList());
        }
    }

    private void chooseTarget(CricsheetViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the match as Cricsheet JSON");
        Path now = Path.of(
                model.exportPathProperty().get().isBlank()
                        ? "match.json"
                        : model.exportPathProperty().get());
        if (now.getParent() != null && now.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(now.getParent().toFile());
        }
        chooser.setInitialFileName(now.getFileName().toString());
        File picked = chooser.showSaveDialog(getScene().getWindow());
        if (picked != null) {
            model.exportPathProperty().set(picked.toString());
            model.export();
        }
    }
}

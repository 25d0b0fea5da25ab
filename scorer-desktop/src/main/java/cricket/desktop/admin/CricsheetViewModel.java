package cricket.desktop.admin;

import cricket.api.ImportResult;
import cricket.api.MatchSummary;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.ApiException;
import cricket.desktop.client.OfflineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Cricsheet in and out: import one or many files (each sent on its own, so one refused file stops none of the
 * others; each file's outcome listed), and export a match to a file.
 */
public final class CricsheetViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<String> outcomes = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty path = new SimpleStringProperty("");
    private final ObservableList<MatchSummary> matches = FXCollections.observableArrayList();
    private final ObjectProperty<MatchSummary> match = new SimpleObjectProperty<>();
    private final StringProperty exportPath = new SimpleStringProperty("");

    public CricsheetViewModel(ApiClient api) {
        this.api = api;
        match.addListener((o, was, now) -> {
            if (now != null) {
                exportPath.set(Path.of(System.getProperty("user.home"), "cricket-match-" + now.id() + ".json")
                        .toString());
            }
        });
    }

    public void refresh() {
        reload(null);
    }

    private void reload(String said) {
        calls.run("List the matches", api::matches, list -> {
            matches.setAll(list);
            calls.say(said != null ? said : list.size() + " match(es) to export; pick files to import.");
        });
    }

    /** Adds the path typed in the field (Enter in it). */
    public void addTyped() {
        String typed = path.get().strip();
        if (typed.isEmpty()) {
            calls.refuse("Type the path of a Cricsheet JSON file, or press Ctrl+O to choose files.");
            return;
        }
        add(List.of(Path.of(typed)));
        path.set("");
    }

    public void add(List<Path> picked) {
        for (Path file : picked) {
            if (!Files.isRegularFile(file)) {
                calls.refuse("There is no file " + file + ".");
                return;
            }
            if (!files.contains(file)) {
                files.add(file);
            }
        }
        calls.say(files.size() + " file(s) to import: Ctrl+I imports them.");
    }

    public void clear() {
        files.clear();
        outcomes.clear();
        progress.set(0);
        calls.say("No files to import.");
    }

    /** Imports every listed file, one after another; the progress bar and the outcomes follow each file. */
    public void importAll() {
        List<Path> batch = List.copyOf(files);
        if (batch.isEmpty()) {
            calls.refuse("No files to import: type a path and Enter, or Ctrl+O to choose files.");
            return;
        }
        outcomes.clear();
        progress.set(0);
        calls.run(
                "Import " + batch.size() + " file(s)",
                () -> {
                    int refused = 0;
                    for (int i = 0; i < batch.size(); i++) {
                        String outcome = importOne(batch.get(i));
                        refused += outcome.contains(": refused") ? 1 : 0;
                        double done = (i + 1) / (double) batch.size();
                        Platform.runLater(() -> {
                            outcomes.add(outcome);
                            progress.set(done);
                        });
                    }
                    return refused;
                },
                refused -> {
                    files.clear();
                    // The list of matches to export takes the new ones in; the line keeps the import's news.
                    reload("Imported " + (batch.size() - refused) + " of " + batch.size() + " file(s)"
                            + (refused == 0 ? "." : "; " + refused + " refused, each with its reason above."));
                });
    }

    /** One file's line in the outcome list. Runs off the JavaFX thread. */
    private String importOne(Path file) {
        String name = file.getFileName().toString();
        try {
            ImportResult result = api.importCricsheet(Files.readAllBytes(file), name);
            return result.alreadyThere()
                    ? name + ": already imported, as match " + result.matchId() + " (" + result.title() + ")"
                    : name + ": imported as match " + result.matchId() + ", " + result.title() + ", " + result.events()
                            + " events";
        } catch (IOException e) {
            return name + ": refused — the file cannot be read: " + e.getMessage();
        } catch (ApiException e) {
            return name + ": refused (HTTP " + e.status() + ") — " + e.getMessage();
        } catch (OfflineException e) {
            return name + ": refused — not sent, the server cannot be reached; import it again when it can";
        } catch (RuntimeException e) {
            return name + ": refused — " + e.getMessage(); // one file's failure never stops the others
        }
    }

    /** Saves the picked match's Cricsheet JSON to the export path. */
    public void export() {
        MatchSummary m = match.get();
        if (m == null) {
            calls.refuse("Choose the match to export first.");
            return;
        }
        if (exportPath.get().isBlank()) {
            calls.refuse("Type the file to save to, or press Ctrl+E to choose it.");
            return;
        }
        Path target = Path.of(exportPath.get().strip());
        calls.run(
                "Export match " + m.id() + " to " + target,
                () -> {
                    byte[] json = api.exportCricsheet(m.id());
                    try {
                        Files.write(target, json);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
                    }
                    return json.length;
                },
                bytes -> calls.say("Saved match " + m.id() + " (" + m.homeTeam() + " v " + m.awayTeam() + ") as "
                        + target + ", " + bytes + " bytes of Cricsheet JSON."));
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<String> outcomes() {
        return outcomes;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObservableList<MatchSummary> matches() {
        return matches;
    }

    public ObjectProperty<MatchSummary> matchProperty() {
        return match;
    }

    public StringProperty exportPathProperty() {
        return exportPath;
    }

    public StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

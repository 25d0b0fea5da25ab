package cricket.desktop.admin;

import cricket.api.TeamRef;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.Registry;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The teams, or the players: list, create, rename, delete (the server refuses one a match still uses). */
public final class RegistryViewModel {
    private final ApiClient api;
    private final Registry registry;
    private final Calls calls = new Calls();
    private final ObservableList<TeamRef> rows = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private TeamRef editing;

    public RegistryViewModel(ApiClient api, Registry registry) {
        this.api = api;
        this.registry = registry;
    }

    public Registry registry() {
        return registry;
    }

    public void refresh() {
        reload(null);
    }

    public void create() {
        editing = null;
        name.set("");
        calls.say("A new " + registry.singular() + ": type the name, Enter saves.");
    }

    public void edit(TeamRef row) {
        editing = row;
        name.set(row.name());
        calls.say("Renaming " + row.name() + ": Enter saves, Esc cancels.");
    }

    public void save() {
        String newName = name.get().strip();
        TeamRef was = editing;
        String kind = registry.singular();
        if (was == null) {
            calls.run("Create " + kind + " " + newName, () -> api.createNamed(registry, newName), row -> {
                edit(row);
                reload("Created " + kind + " " + row.name() + " (id " + row.id() + ").");
            });
        } else {
            calls.run("Rename " + kind + " " + was.name(), () -> api.rename(registry, was.id(), newName), row -> {
                edit(row);
                reload("Renamed " + kind + " " + was.name() + " to " + row.name() + ".");
            });
        }
    }

    public void delete(TeamRef row) {
        String kind = registry.singular();
        calls.run(
                "Delete " + kind + " " + row.name(),
                () -> {
                    api.deleteNamed(registry, row.id());
                    return row;
                },
                done -> {
                    create();
                    reload("Deleted " + kind + " " + done.name() + ".");
                });
    }

    private void reload(String said) {
        calls.run("List the " + registry.singular() + "s", () -> api.named(registry), list -> {
            rows.setAll(list);
            calls.say(said != null ? said : list.size() + " " + registry.singular() + "(s).");
        });
    }

    public ObservableList<TeamRef> rows() {
        return rows;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

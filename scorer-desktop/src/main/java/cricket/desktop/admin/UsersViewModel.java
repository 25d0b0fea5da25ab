package cricket.desktop.admin;

import cricket.api.Role;
import cricket.api.User;
import cricket.desktop.client.ApiClient;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The users: create one, reset a password, change a role, disable or enable one again. */
public final class UsersViewModel {
    private final ApiClient api;
    private final Calls calls = new Calls();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.SCORER);
    private User selected;
    /** Whether the form shows a picked user, whose name this screen does not change (the server has no rename). */
    private final BooleanProperty picked = new SimpleBooleanProperty(false);
    /** Set by a first Ctrl+G that would make the signed-in admin a scorer: the second one goes ahead. */
    private boolean demotingSelf;

    public UsersViewModel(ApiClient api) {
        this.api = api;
    }

    public void refresh() {
        reload(null);
    }

    public void create() {
        selected = null;
        demotingSelf = false;
        picked.set(false);
        username.set("");
        password.set("");
        role.set(Role.SCORER);
        calls.say("A new user: name, password (8-72 characters) and role; Enter creates.");
    }

    /** Picks the user whose password Ctrl+R resets, or whom Ctrl+D disables. */
    public void edit(User user) {
        selected = user;
        demotingSelf = false;
        picked.set(true);
        username.set(user.username());
        password.set("");
        role.set(user.role());
        calls.say(user.username() + ": type a new password and press Ctrl+R to reset it; choose the role and press"
                + " Ctrl+G to change it; Ctrl+D " + (user.disabled() ? "enables" : "disables") + " the user.");
    }

    /** Enter: creates the user in the form; for an existing user the password field resets their password. */
    public void save() {
        if (selected != null) {
            resetPassword();
            return;
        }
        String name = username.get().strip();
        String secret = password.get();
        Role chosen = role.get();
        calls.run("Create user " + name, () -> api.createUser(name, secret, chosen), user -> {
            edit(user);
            reload("Created " + user.role().wire() + " " + user.username() + " (id " + user.id() + ").");
        });
    }

    public void resetPassword() {
        User user = selected;
        if (user == null) {
            calls.refuse("Pick a user in the list first (Enter), then type the new password.");
            return;
        }
        String secret = password.get();
        calls.run(
                "Reset the password of " + user.username(),
                () -> {
                    api.resetPassword(user.id(), secret);
                    return user;
                },
                u -> {
                    password.set("");
                    calls.say("New password set for " + u.username() + "; the sessions they had are signed out.");
                });
    }

    /**
     * Ctrl+G: gives the picked user the role chosen in the form. The server refuses to leave no enabled admin; making
     * oneself a scorer is asked twice, since it takes these screens away.
     */
    public void changeRole() {
        User user = selected;
        Role chosen = role.get();
        if (user == null) {
            calls.refuse("Pick a user in the list first (Enter), then choose the role and press Ctrl+G.");
            return;
        }
        if (chosen == user.role()) {
            calls.refuse(user.username() + " is already " + a(chosen) + ": choose the other role, then Ctrl+G.");
            return;
        }
        boolean self = api.session() != null && api.session().userId() == user.id();
        if (self && chosen != Role.ADMIN && !demotingSelf) {
            demotingSelf = true;
            calls.refuse("You are " + user.username() + ": as " + a(chosen) + " you lose these screens."
                    + " Press Ctrl+G again to go ahead, Esc to stay an admin.");
            return;
        }
        demotingSelf = false;
        calls.run("Make " + user.username() + " " + a(chosen), () -> api.setRole(user.id(), chosen), u -> {
            edit(u);
            users.replaceAll(v -> v.id() == u.id() ? u : v);
            if (self) {
                // The server refuses the admin screens from now on, a reload of this list too: say so instead.
                calls.say("You are " + a(u.role()) + " now: the admin screens will be refused; sign in again.");
            } else {
                reload(u.username() + " is " + a(u.role()) + " now.");
            }
        });
    }

    private static String a(Role role) {
        return (role == Role.ADMIN ? "an " : "a ") + role.wire();
    }

    /** Disables the picked user, or enables them again when disabled. */
    public void toggleDisabled() {
        User user = selected;
        if (user == null) {
            calls.refuse("Pick a user in the list first (Enter), then press Ctrl+D.");
            return;
        }
        boolean disable = !user.disabled();
        calls.run(
                (disable ? "Disable " : "Enable ") + user.username(), () -> api.setDisabled(user.id(), disable), u -> {
                    edit(u);
                    reload(u.username()
                            + (u.disabled() ? " is disabled: signed out, cannot sign in." : " is enabled."));
                });
    }

    private void reload(String said) {
        calls.run("List the users", api::users, list -> {
            users.setAll(list);
            calls.say(said != null ? said : list.size() + " user(s).");
        });
    }

    /** True while a picked user is in the form: its name is shown, not edited. */
    public ReadOnlyBooleanProperty pickedProperty() {
        return picked;
    }

    public ObservableList<User> users() {
        return users;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty messageProperty() {
        return calls.messageProperty();
    }

    Calls calls() {
        return calls;
    }
}

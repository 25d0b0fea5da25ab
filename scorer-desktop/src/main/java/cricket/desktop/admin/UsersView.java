package cricket.desktop.admin;

import cricket.api.Role;
import cricket.api.User;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The users screen. */
public final class UsersView extends VBox {
    public UsersView(UsersViewModel model) {
        setId("usersView");
        TextField name = Screens.field("userName", model.usernameProperty(), 24);
        PasswordField password = new PasswordField();
        password.setId("userPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        ComboBox<Role> role = Screens.combo("userRole", FXCollections.observableArrayList(Role.values()), Role::wire);
        role.valueProperty().bindBidirectional(model.roleProperty());
        // A picked user's name is shown for reading (the server renames no user): Enter and Ctrl+R reset the
        // password, Ctrl+G sends the role chosen, Ctrl+D disables, and nothing here would send a changed name.
        name.editableProperty().bind(model.pickedProperty().not());
        GridPane form = Screens.form();
        form.addRow(0, new Label("User name"), name);
        form.addRow(1, new Label("Password"), password);
        // The role's key beside the role, so the row of buttons below stays as wide as the form.
        form.addRow(
                2,
                new Label("Role"),
                Screens.row(role, Screens.button("userRoleChange", "Change role (Ctrl+G)", model::changeRole)));
        form.add(
                new HBox(
                        8,
                        Screens.button("userSave", "Create / reset (Enter)", model::save),
                        Screens.button("userReset", "Reset password (Ctrl+R)", model::resetPassword),
                        Screens.button("userDisable", "Disable / enable (Ctrl+D)", model::toggleDisabled)),
                1,
                3);
        ListForm<User> screen = new ListForm<>(
                "user",
                "Users",
                " · Ctrl+R reset the password · Ctrl+G change the role · Ctrl+D disable or enable",
                model.users(),
                UsersView::label,
                form,
                name,
                model.calls(),
                new ListForm.Actions<>(model::create, model::edit, null, model::save, model::refresh));
        Screens.on(screen, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), model::resetPassword);
        Screens.on(screen, new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), model::changeRole);
        Screens.on(screen, new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), model::toggleDisabled);
        VBox.setVgrow(screen, Priority.ALWAYS);
        getChildren().add(screen);
        getProperties().put(AdminView.RELOAD, (Runnable) model::refresh);
        model.refresh();
    }

    static String label(User user) {
        return user.username() + "  ·  " + user.role().wire() + (user.disabled() ? "  ·  DISABLED" : "");
    }
}

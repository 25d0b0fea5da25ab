package cricket.desktop.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The sign-in form; Enter signs in. */
public final class LoginView extends VBox {
    public LoginView(LoginViewModel model) {
        setId("loginView");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("Cricket Tracker — scorer's console");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");

        TextField server = field("serverField", model.serverUrlProperty().get());
        model.serverUrlProperty().bindBidirectional(server.textProperty());
        TextField user = field("userField", model.usernameProperty().get());
        model.usernameProperty().bindBidirectional(user.textProperty());
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        model.passwordProperty().bindBidirectional(password.textProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, new Label("Server"), server);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);

        Button signIn = new Button("Sign in");
        signIn.setId("signInButton");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn());

        Label error = new Label();
        error.setId("loginError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        getChildren().addAll(title, form, signIn, error);
        if (model.startNotice() != null) {
            Label notice = new Label(model.startNotice());
            notice.setId("startNotice");
            notice.setWrapText(true);
            notice.setMaxWidth(720);
            notice.getStyleClass().add("notice");
            getChildren().add(1, notice);
        }
        // Once shown: straight to the password when the user name is known (the usual case at the ground).
        javafx.application.Platform.runLater(() -> (user.getText().isBlank() ? user : password).requestFocus());
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }
}

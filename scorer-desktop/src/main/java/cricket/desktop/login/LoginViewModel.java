package cricket.desktop.login;

import cricket.desktop.Background;
import cricket.desktop.DesktopConfig;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.OfflineException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Signs the scorer in; on success hands the signed-in client on and forgets the password. */
public final class LoginViewModel {
    private final StringProperty serverUrl = new SimpleStringProperty();
    private final StringProperty username = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final String startNotice;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Consumer<ApiClient> onSignedIn;

    /** @param startNotice what the start found wrong with the outbox (lines kept in quarantine), or null */
    public LoginViewModel(DesktopConfig config, Consumer<ApiClient> onSignedIn, String startNotice) {
        this.onSignedIn = onSignedIn;
        this.startNotice = startNotice;
        serverUrl.set(config.serverUrl());
        username.set(config.username());
    }

    public void signIn() {
        if (username.get() == null || username.get().isBlank()) {
            error.set("Enter your user name.");
            return;
        }
        ApiClient api;
        try {
            api = new ApiClient(serverUrl.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        String secret = password.get();
        busy.set(true);
        error.set("Signing in…");
        Background.run(
                "sign in",
                () -> api.login(username.get().strip(), secret),
                session -> {
                    busy.set(false);
                    password.set("");
                    error.set("");
                    onSignedIn.accept(api);
                },
                e -> {
                    busy.set(false);
                    error.set(
                            e instanceof OfflineException
                                    ? "Cannot reach the server at " + serverUrl.get()
                                            + ". Check the address and the network."
                                    : "Sign-in refused: " + e.getMessage());
                });
    }

    /** A sentence to show before anything else, or {@code null}. */
    public String startNotice() {
        return startNotice;
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

package cricket.desktop;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the console talks to and where it keeps its outbox.
 *
 * @param serverUrl the server's base address, shown (and editable) on the sign-in screen
 * @param dataDir the folder holding the outbox journal; it must survive a restart of the laptop
 * @param username the user name to offer on the sign-in screen, or empty
 */
public record DesktopConfig(String serverUrl, Path dataDir, String username) {
    public static final String DEFAULT_SERVER = "http://localhost:7070";

    public DesktopConfig {
        if (serverUrl == null || !(serverUrl.startsWith("http://") || serverUrl.startsWith("https://"))) {
            throw new IllegalArgumentException(
                    "server URL must start with http:// or https://, got \"" + serverUrl + "\"");
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir must be given");
        }
        username = username == null ? "" : username.strip();
    }

    /**
     * Reads {@code --server=URL}, {@code --data=DIR} and {@code --user=NAME}, falling back to the environment
     * ({@code CRICKET_SERVER}, {@code CRICKET_SCORER_DATA}, {@code CRICKET_USER}) and then to the defaults.
     */
    public static DesktopConfig from(String[] args, Map<String, String> env) {
        String server = env.getOrDefault("CRICKET_SERVER", DEFAULT_SERVER);
        String data = env.get("CRICKET_SCORER_DATA");
        String user = env.getOrDefault("CRICKET_USER", "");
        for (String arg : args) {
            if (arg.startsWith("--server=")) {
                server = arg.substring("--server=".length());
            } else if (arg.startsWith("--data=")) {
                data = arg.substring("--data=".length());
            } else if (arg.startsWith("--user=")) {
                user = arg.substring("--user=".length());
            } else {
                throw new IllegalArgumentException(
                        "unknown option \"" + arg + "\": use --server=URL, --data=DIR or --user=NAME");
            }
        }
        Path dir = data == null || data.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cricket-scorer")
                : Path.of(data);
        return new DesktopConfig(server, dir, user);
    }
}

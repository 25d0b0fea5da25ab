package cricket.desktop;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the console talks to and where it keeps its outbox.
 *
 * @param serverUrl the server's base address, shown (and editable) on the sign-in screen
 * @param dataDir the folder holding the outbox journal; it must survive a restart of the laptop
 * @param username the user name to offer on the sign-in screen, or empty
 */
public record DesktopConfig(String serverUrl, Path dataDir, String username) {
    /** Where {@code ./cricket demo} serves, and the scorer account it creates. */
    public static final String DEFAULT_SERVER = "http://localhost:8080";

    public static final String DEFAULT_USER = "scorer";
    private static final Set<String> OPTIONS = Set.of("server", "data", "user");

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
     * Reads {@code --server URL}, {@code --data DIR} and {@code --user NAME} (or {@code --server=URL} and so on),
     * falling back to the environment ({@code CRICKET_SERVER}, {@code CRICKET_SCORER_DATA}, {@code CRICKET_USER}) and
     * then to the defaults: the demo server ({@code ./cricket demo}) and its scorer.
     */
    public static DesktopConfig from(String[] args, Map<String, String> env) {
        Map<String, String> options = new HashMap<>();
        options.put("server", env.getOrDefault("CRICKET_SERVER", DEFAULT_SERVER));
        options.put("data", env.get("CRICKET_SCORER_DATA"));
        options.put("user", env.getOrDefault("CRICKET_USER", DEFAULT_USER));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown option \"" + arg + "\": use --server URL, --data DIR or --user NAME");
            }
            if (arg.contains("=")) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value after it");
            }
        }
        String data = options.get("data");
        Path dir = data == null || data.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cricket-scorer")
                : Path.of(data);
        return new DesktopConfig(options.get("server"), dir, options.get("user"));
    }
}

package cricket.desktop.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A main of the test sources run as another process would be: a JVM of its own, on this run's class path. */
final class ChildJvm {
    private ChildJvm() {}

    /** Starts {@code main} with {@code args}; its output and its errors come as one stream. */
    static Process start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}

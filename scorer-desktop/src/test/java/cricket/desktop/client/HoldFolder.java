package cricket.desktop.client;

import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A console's outbox in a process of its own: holds the folder until its input ends, or (with "add") first adds two
 * balls, for a test to kill it as a power cut would.
 */
public final class HoldFolder {
    private static final String HELD = "held";

    private HoldFolder() {}

    public static void main(String[] args) throws Exception {
        try (Outbox outbox = new Outbox(Path.of(args[0]))) {
            if (args.length > 1 && args[1].equals("add")) {
                outbox.add(9, 0, ball(1));
                outbox.add(9, 1, ball(4));
            }
            System.out.println(HELD);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input (or to kill us)
            }
        }
    }

    static BallBowled ball(int runs) {
        return new BallBowled(new Delivery("Bowler", "Striker", "Other", runs, false, null, null, false, null));
    }

    /** Starts the holder on {@code folder} and returns once it holds the outbox open. */
    static Process start(Path folder, String mode) throws IOException {
        Process process = ChildJvm.start(HoldFolder.class, folder.toString(), mode);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String said;
        do {
            said = out.readLine();
        } while (said != null && !said.equals(HELD));
        if (said == null) {
            throw new IllegalStateException("the holder process ended before it held " + folder);
        }
        return process;
    }
}

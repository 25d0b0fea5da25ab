package cricket.desktop.client;

import java.nio.file.Path;

/** Another console already uses this data folder: this one must not open the outbox in it. */
public class FolderInUseException extends IllegalStateException {
    public FolderInUseException(Path folder) {
        super("Another scorer's console is already using the data folder " + folder.toAbsolutePath()
                + " (its outbox holds that console's balls). Close the other console first, or start this one with"
                + " --data and another folder.");
    }
}

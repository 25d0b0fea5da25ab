package cricket.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a user may do: admins manage everything; scorers write events to the matches assigned to them. */
public enum Role {
    ADMIN,
    SCORER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role parse(String raw) {
        for (Role r : values()) {
            if (r.wire().equalsIgnoreCase(raw == null ? "" : raw.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be admin or scorer, got " + raw);
    }
}

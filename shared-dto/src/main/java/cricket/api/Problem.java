package cricket.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) as the server writes it and the console reads it.
 * The extension members (such as {@code field} or {@code currentSeq}) sit beside the standard ones on the wire.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonAnyGetter @JsonAnySetter Map<String, Object> extensions) {
    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions == null ? Map.of() : extensions));
    }

    /** The server's seq when it refused a stale {@code expectedSeq}, else null. */
    public Integer currentSeq() {
        return extensions.get("currentSeq") instanceof Number n ? n.intValue() : null;
    }
}

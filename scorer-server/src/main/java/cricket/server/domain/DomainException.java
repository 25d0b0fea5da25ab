package cricket.server.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the domain refuses, as a sentence a person can act on plus named facts (the bad field, the current
 * seq) a client can act on without parsing the sentence. Services, repositories and the cache throw these and
 * know no status codes; {@code http/Problems} is the one place each kind becomes a status and a title.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, Refused, Unauthenticated, BadValue, Throttled, Busy {
    /**
     * What kind of refusal this is: {@code http/Problems} switches on it, so a new kind without a status is a
     * compile error there rather than a 500 at run time.
     */
    public enum Kind {
        BAD_VALUE,
        UNAUTHENTICATED,
        REFUSED,
        NOT_FOUND,
        CONFLICT,
        THROTTLED,
        BUSY
    }

    private final Kind kind;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected DomainException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Adds a named fact to the problem body, in the order added. */
    public DomainException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}

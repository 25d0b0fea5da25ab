package cricket.server.scoring;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import cricket.api.StoredEvent;
import cricket.scoring.MatchEvent;
import cricket.server.db.Jdbc;
import cricket.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only {@code match_event} table and the match row's status and version. */
public final class EventRepository {
    private final Jdbc jdbc;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    public EventRepository(Jdbc jdbc, Json json) {
        this.jdbc = jdbc;
        this.writer = json.mapper().writerFor(MatchEvent.class);
        this.reader = json.mapper().readerFor(MatchEvent.class);
    }

    /** Where an eventId was stored, and the event stored under it (to tell a retry from a reused eventId). */
    record Placement(long matchId, int seq, MatchEvent event) {}

    /**
     * Locks the match row until the transaction ends, so writers to one match queue up, and returns its version: the
     * seq of its newest event; empty when unknown.
     */
    Optional<Integer> lockMatch(long matchId) {
        return jdbc.one("select version from match where id = ? for update", rs -> rs.getInt(1), matchId);
    }

    /** The locked match's version, and where {@code eventId} was stored if it was. */
    record Locked(int version, Optional<Placement> placement) {}

    /**
     * {@link #lockMatch} and {@link #placement} in one round trip. The placement is read in the statement's snapshot,
     * taken before the lock was granted: a retry that waited for the lock behind the first attempt of the same event
     * does not see it there, so it must ask {@link #placement} again before answering that its seq is stale.
     */
    Optional<Locked> lockMatchAndFind(long matchId, UUID eventId) {
        return jdbc.one(
                """
                select m.version, e.match_id, e.seq, e.payload::text
                from match m left join match_event e on e.event_id = ?
                where m.id = ? for update of m
                """,
                rs -> {
                    long placedIn = rs.getLong(2);
                    Optional<Placement> placement = rs.wasNull()
                            ? Optional.empty()
                            : Optional.of(new Placement(placedIn, rs.getInt(3), read(rs.getString(4))));
                    return new Locked(rs.getInt(1), placement);
                },
                eventId,
                matchId);
    }

    public boolean matchExists(long matchId) {
        return jdbc.one("select 1 from match where id = ?", rs -> 1, matchId).isPresent();
    }

    public int currentSeq(long matchId) {
        return jdbc.one("select coalesce(max(seq), 0) from match_event where match_id = ?", rs -> rs.getInt(1), matchId)
                .orElse(0);
    }

    Optional<Placement> placement(UUID eventId) {
        return jdbc.one(
                "select match_id, seq, payload::text from match_event where event_id = ?",
                rs -> new Placement(rs.getLong(1), rs.getInt(2), read(rs.getString(3))),
                eventId);
    }

    public void append(long matchId, int seq, UUID eventId, MatchEvent event, Long recordedBy) {
        jdbc.update("""
                insert into match_event (match_id, seq, event_id, type, payload, recorded_by)
                values (?, ?, ?, ?, ?::jsonb, ?)
                """, matchId, seq, eventId, event.typeName(), write(event), recordedBy);
    }

    /** A whole log as seqs 1, 2, ... in one batch (an import): each event with a fresh eventId and no recorder. */
    public void appendBatch(long matchId, List<MatchEvent> log) {
        List<Object[]> rows = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            MatchEvent event = log.get(i);
            rows.add(new Object[] {matchId, i + 1, UUID.randomUUID(), event.typeName(), write(event), null});
        }
        jdbc.batch("""
                insert into match_event (match_id, seq, event_id, type, payload, recorded_by)
                values (?, ?, ?, ?, ?::jsonb, ?)
                """, rows);
    }

    /**
     * {@link #append} and {@link #setStatus} in one statement (one round trip): the event, then the match's status
     * and version {@code seq}. A duplicate seq or eventId fails the whole statement as the insert alone would.
     */
    void appendAndAdvance(long matchId, int seq, UUID eventId, MatchEvent event, Long recordedBy, String status) {
        jdbc.update("""
                with appended as (
                    insert into match_event (match_id, seq, event_id, type, payload, recorded_by)
                    values (?, ?, ?, ?, ?::jsonb, ?)
                    returning match_id, seq)
                update match m set status = ?, version = a.seq from appended a where m.id = a.match_id
                """, matchId, seq, eventId, event.typeName(), write(event), recordedBy, status);
    }

    /**
     * The usual ball in one autocommitted statement (one round trip, commit included): appends the event as seq
     * {@code expectedSeq + 1} and moves the match's status and version on, only if its version is still
     * {@code expectedSeq}. The update takes the row lock; a concurrent writer's update waits for it and then finds
     * the version moved. Returns false when the version was not {@code expectedSeq} (or there is no such match); a
     * stored eventId fails the whole statement with {@link cricket.server.db.DuplicateKeyException}.
     */
    boolean appendIfAt(long matchId, int expectedSeq, UUID eventId, MatchEvent event, Long recordedBy, String status) {
        int seq = expectedSeq + 1;
        int inserted = jdbc.update(
                """
                with advanced as (
                    update match set status = ?, version = ? where id = ? and version = ? returning id)
                insert into match_event (match_id, seq, event_id, type, payload, recorded_by)
                select id, ?, ?, ?, ?::jsonb, ? from advanced
                """, status, seq, matchId, expectedSeq, seq, eventId, event.typeName(), write(event), recordedBy);
        return inserted == 1;
    }

    public void setStatus(long matchId, String status, int version) {
        jdbc.update("update match set status = ?, version = ? where id = ?", status, version, matchId);
    }

    /** Events with seq greater than {@code after}, oldest first. */
    public List<StoredEvent> events(long matchId, int after) {
        return jdbc.list("""
                select e.seq, e.event_id, e.type, e.payload::text as payload, u.username, e.recorded_at
                from match_event e left join app_user u on u.id = e.recorded_by
                where e.match_id = ? and e.seq > ? order by e.seq
                """, this::map, matchId, after);
    }

    private StoredEvent map(ResultSet rs) throws SQLException {
        return new StoredEvent(
                rs.getInt("seq"),
                rs.getObject("event_id", UUID.class),
                rs.getString("type"),
                read(rs.getString("payload")),
                rs.getString("username"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private String write(MatchEvent event) {
        try {
            return writer.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + event.typeName(), e);
        }
    }

    private MatchEvent read(String payload) {
        try {
            return reader.readValue(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event is no longer readable: " + payload, e);
        }
    }
}

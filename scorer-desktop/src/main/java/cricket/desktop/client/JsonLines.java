package cricket.desktop.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON-lines file of records, each line forced to disk when written. Reading never fails on a bad line: a line that
 * is torn (a crash mid-write), not UTF-8 or not a record is copied byte for byte to a quarantine file beside it, so
 * nothing a scorer typed is silently dropped and the console still starts.
 */
final class JsonLines<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLines.class);

    private final Path file;
    private final Class<T> type;
    private FileChannel channel;

    JsonLines(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    Path file() {
        return file;
    }

    /** The quarantine file beside {@code file}: {@code outbox.jsonl} keeps its bad lines in {@code outbox.quarantine}. */
    Path quarantine() {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.replaceFirst("\\.jsonl$", "") + ".quarantine");
    }

    /** What {@link #read()} found: the records in file order and how many lines went to the quarantine. */
    record Read<T>(List<T> records, int quarantined) {}

    Read<T> read() throws IOException {
        if (!Files.exists(file)) {
            return new Read<>(List.of(), 0);
        }
        List<T> records = new ArrayList<>();
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        int quarantined = 0;
        for (byte[] line : lines(Files.readAllBytes(file))) {
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line))
                        .toString();
                if (!text.isBlank()) {
                    records.add(ApiClient.MAPPER.readValue(text, type));
                }
            } catch (CharacterCodingException | JsonProcessingException | IllegalArgumentException e) {
                LOG.warn(
                        "unreadable line quarantined file={} quarantine={} reason={}",
                        file,
                        quarantine(),
                        e.toString());
                bad.write(line, 0, line.length);
                bad.write('\n');
                quarantined++;
            }
        }
        if (quarantined > 0) {
            // Appended and forced before the journal is rewritten without them: the bytes are never only in memory.
            try (FileChannel out = FileChannel.open(
                    quarantine(), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap(bad.toByteArray()));
                out.force(true);
            }
            forceDirectory(file.getParent());
        }
        return new Read<>(records, quarantined);
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > start) {
                    byte[] line = new byte[i - start];
                    System.arraycopy(bytes, start, line, 0, line.length);
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** Replaces the file with {@code records}, atomically, then opens it for appending. */
    void rewrite(List<T> records) throws IOException {
        closeChannel();
        Path next = file.resolveSibling(file.getFileName() + ".next");
        StringBuilder text = new StringBuilder();
        for (T record : records) {
            text.append(ApiClient.MAPPER.writeValueAsString(record)).append('\n');
        }
        try (FileChannel out = FileChannel.open(
                next, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // The rename lives in the folder's entry: without forcing the folder a power cut may bring the old file back.
        forceDirectory(file.getParent());
        openForAppend();
    }

    void openForAppend() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Appends one record and forces it to disk before returning. */
    void append(T record) {
        try {
            openForAppend();
            byte[] line = (ApiClient.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Forces a folder's entries to disk where the platform allows it (Linux and macOS do; Windows refuses to open a
     * folder as a channel, and its rename is durable on its own).
     *
     * @return whether the folder was forced
     */
    static boolean forceDirectory(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("folder not forced folder={} reason={}", folder, e.toString());
            return false;
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public void close() {
        try {
            closeChannel();
        } catch (IOException e) {
            LOG.warn("close failed file={}", file, e);
        }
    }
}

package org.claimlens.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written under a hidden temporary name beside its target and renamed into place only by
 * {@link #commit()}: a run that stops midway leaves the previous file, or none, never half of one.
 * The temporary file is created like any other file (the user's umask decides its permissions).
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.temporary = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        this.stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The bytes of the file; use this or {@link #writer()}, not both. */
    public OutputStream stream() {
        return stream;
    }

    /** The file as UTF-8 text, buffered. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    public void commit() throws IOException {
        closeStreams();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Without a commit, discards the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            closeStreams();
            Files.deleteIfExists(temporary);
        }
    }

    private void closeStreams() throws IOException {
        if (writer != null) {
            writer.close();
        } else {
            stream.close();
        }
    }
}

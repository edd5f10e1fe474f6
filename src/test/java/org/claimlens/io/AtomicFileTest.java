package org.claimlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void commitMakesTheFileAppearWithOrdinaryPermissions() throws Exception {
        Path target = dir.resolve("out.csv");
        try (AtomicFile file = new AtomicFile(target)) {
            file.writer().write("a,b\n");
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(p -> p.equals(target)).toList(), "visible before commit");
            }
            file.commit();
        }
        assertEquals("a,b\n", Files.readString(target));
        // Created like any file (the umask decides), not with a temporary file's owner-only mode.
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
    }

    @Test
    void withoutCommitNothingIsLeft() throws Exception {
        try (AtomicFile file = new AtomicFile(dir.resolve("x.bin"))) {
            file.stream().write(new byte[] {1, 2, 3});
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}

package org.claimlens.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithoutReadPermissionIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Hidden text.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading here");
        List<InputItem> items = new ArrayList<>();
        try (Inputs inputs = new Inputs(List.of(file.toString()), InputOptions.defaults(), new ByteArrayInputStream(new byte[0]))) {
            inputs.forEachRemaining(items::add);
        }
        assertEquals(List.of(new InputItem.Unreadable(new InputError(file.toString(), "", "permission denied"))), items);
    }
}

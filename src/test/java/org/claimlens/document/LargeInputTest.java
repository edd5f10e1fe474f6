package org.claimlens.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB single-line file is refused by size before it is read; the limit is named in the message. */
class LargeInputTest {

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteSingleLineFileIsRefusedQuickly() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        // A guard against hangs, not a speed measurement: refusing by size must not read the file.
        List<InputItem> items = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Inputs inputs = new Inputs(List.of(big.toString()), InputOptions.defaults(),
                    new ByteArrayInputStream(new byte[0]))) {
                List<InputItem> all = new java.util.ArrayList<>();
                inputs.forEachRemaining(all::add);
                return all;
            }
        });
        assertEquals(1, items.size());
        InputError error = ((InputItem.Unreadable) items.get(0)).error();
        assertTrue(error.reason().startsWith("file is 50000000 bytes, over the document limit of 10000000 characters"),
                error.reason());
    }
}

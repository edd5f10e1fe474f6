package org.claimlens.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodesUtf8AndDropsItsByteOrderMark() throws Exception {
        assertEquals("café", TextDecoder.decode("café".getBytes(StandardCharsets.UTF_8)));
        assertEquals("café", TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "café".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void decodesUtf16WithAByteOrderMark() throws Exception {
        assertEquals("dose", TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "dose".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("dose", TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "dose".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void refusesUtf16WithoutAByteOrderMarkAsBinary() {
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> TextDecoder.decode("dose".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
    }

    @Test
    void refusesWindows1252WithTheOffset() {
        byte[] bytes = "caf\u00e9 ok".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        UnreadableException e = assertThrows(UnreadableException.class, () -> TextDecoder.decode(bytes));
        assertEquals("not valid UTF-8 text (bad byte sequence at offset 3); convert it to UTF-8", e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

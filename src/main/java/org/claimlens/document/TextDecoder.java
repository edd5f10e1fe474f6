package org.claimlens.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, strictly. UTF-8 is the default; a UTF-8, UTF-16LE or UTF-16BE byte-order mark is
 * honoured and removed. Anything else that is not valid UTF-8, or that holds NUL bytes (binary files,
 * UTF-16 without a byte-order mark), is refused with a reason rather than decoded into garbage.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableException {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            for (int i = offset; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new UnreadableException("binary content (NUL byte at offset " + i
                            + "): not a text file, or UTF-16 without a byte-order mark");
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableException("not valid " + charset.name() + " text (bad byte sequence at offset "
                    + buffer.position() + "); convert it to UTF-8");
        } catch (CharacterCodingException e) {
            throw new UnreadableException("not valid " + charset.name() + " text; convert it to UTF-8");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

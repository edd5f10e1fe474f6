package org.claimlens.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Readers either decode or refuse with a reason; they never throw anything else, and never guess. */
class DecodingProperties {

    @Property(tries = 500)
    void arbitraryBytesAreDecodedOrRefusedWithAReason(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            String text = TextDecoder.decode(bytes);
            assertFalse(text.isEmpty() && bytes.length > 3, "bytes vanished");
        } catch (UnreadableException e) {
            assertFalse(e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }
    }

    @Property(tries = 300)
    void utf8TextWithoutNulsRoundTrips(@ForAll @StringLength(max = 200) @CharRange(from = '\u0001', to = '\ud7ff') String text)
            throws UnreadableException {
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void htmlExtractionNeverThrowsOrLeaksMarkupFromEscapedText(@ForAll @StringLength(max = 300) String text) {
        String extracted = HtmlText.extract("<p>" + org.jsoup.nodes.Entities.escape(text) + "</p><script>x()</script>");
        assertFalse(extracted.contains("x()"));
    }
}

package org.claimlens.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsVisibleTextWithBlocksAsParagraphs() {
        String html = """
                <html><head><title>T</title><style>p{}</style><script>var x = "hidden";</script></head>
                <body><header><nav><a href="/">Home</a></nav></header>
                <h1>Ketamine   for pain</h1><p>It <b>may</b> help.<br>Ask first.</p>
                <ul><li>One</li><li>Two &amp; three</li></ul><!-- a comment -->
                <footer>© 2026</footer></body></html>""";
        assertEquals("Ketamine for pain\n\nIt may help.\nAsk first.\n\nOne\n\nTwo & three", HtmlText.extract(html));
    }

    @Test
    void survivesDeeplyNestedAndMalformedMarkup() {
        String html = "<div>".repeat(20_000) + "deep text" + "<p>unclosed <b>bold <i>both";
        String text = HtmlText.extract(html);
        assertEquals("deep text\n\nunclosed bold both", text);
        assertFalse(text.contains("<"));
    }
}

package org.claimlens.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page: scripts, styles, templates and page furniture (navigation,
 * headers and footers of the page, cookie and share widgets where they are marked as such) are
 * dropped; every block element ends a paragraph, so headings and list items become their own
 * sentences instead of running into the next line.
 */
public final class HtmlText {

    private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, object, embed, "
            + "head, nav, form, button, select, [hidden], [aria-hidden=true], "
            + "body > header, body > footer, [role=navigation], [role=banner], [role=contentinfo]";

    private HtmlText() {
    }

    public static String extract(String html) {
        Document page = Jsoup.parse(html);
        page.select(INVISIBLE).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String words = textNode.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
                    if (!words.isBlank() || !endsWithSpace(text)) {
                        text.append(words);
                    }
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        text.append('\n');
                    } else if (element.isBlock()) {
                        paragraphBreak(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    paragraphBreak(text);
                }
            }
        }, page.body());
        return text.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean endsWithSpace(StringBuilder text) {
        return text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static void paragraphBreak(StringBuilder text) {
        int n = text.length();
        if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
            text.append("\n\n");
        }
    }
}

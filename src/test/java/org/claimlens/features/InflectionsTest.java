package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void foldsRegularInflectionsToOneForm() {
        assertFoldsTo("promise", "promises", "promised", "promising");
        assertFoldsTo("study", "studies");
        assertFoldsTo("stop", "stopped");
        assertFoldsTo("randomized", "randomised");
    }

    @Test
    void shortWordsDoNotCollideWithInflectionsOfOthers() {
        assertFoldsTo("note", "noted", "noting", "notes");
        assertKeptApart("not", "note");
        assertFoldsTo("save", "saving");
        assertKeptApart("mad", "made");
        assertKeptApart("car", "cared");
        assertFoldsTo("dot", "dotted");
    }

    @Test
    void leavesShortWordsAndNumbersAlone() {
        assertEquals("is", Inflections.base("is"));
        assertEquals("2019", Inflections.base("2019"));
        assertEquals("was", Inflections.base("WAS"));
    }

    private static void assertFoldsTo(String word, String... inflected) {
        for (String form : inflected) {
            assertEquals(Inflections.base(word), Inflections.base(form), form);
        }
    }

    private static void assertKeptApart(String word, String other) {
        assertNotEquals(Inflections.base(word), Inflections.base(other), other);
    }
}

package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void foldsRegularInflectionsToOneForm() {
        assertEquals(Inflections.base("promise"), Inflections.base("promises"));
        assertEquals(Inflections.base("promise"), Inflections.base("promised"));
        assertEquals(Inflections.base("promise"), Inflections.base("promising"));
        assertEquals(Inflections.base("study"), Inflections.base("studies"));
        assertEquals(Inflections.base("stop"), Inflections.base("stopped"));
        assertEquals(Inflections.base("randomized"), Inflections.base("randomised"));
    }

    @Test
    void shortWordsDoNotCollideWithInflectionsOfOthers() {
        assertEquals(Inflections.base("note"), Inflections.base("noted"));
        assertEquals(Inflections.base("note"), Inflections.base("noting"));
        assertEquals(Inflections.base("note"), Inflections.base("notes"));
        assertNotEquals(Inflections.base("not"), Inflections.base("note"));
        assertEquals(Inflections.base("save"), Inflections.base("saving"));
        assertNotEquals(Inflections.base("mad"), Inflections.base("made"));
        assertNotEquals(Inflections.base("car"), Inflections.base("cared"));
        assertEquals(Inflections.base("dot"), Inflections.base("dotted"));
    }

    @Test
    void leavesShortWordsAndNumbersAlone() {
        assertEquals("is", Inflections.base("is"));
        assertEquals("2019", Inflections.base("2019"));
        assertEquals("was", Inflections.base("WAS"));
    }
}

package org.claimlens.text;

/**
 * English number words as a regular-expression alternation, for markers that article-spinning
 * software spells out ("seventies.seventy six"). Shared by sentence splitting and citation features.
 */
public final class NumberWords {

    /** One number word, as a non-capturing group. */
    public static final String WORD =
            "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
                    + "|ninety|hundred)";

    /** One or more number words joined by spaces or hyphens ("seventy six", "twenty-one"). */
    public static final String SEQUENCE = WORD + "(?:[ -]" + WORD + ")*";

    private NumberWords() {
    }
}

package org.claimlens.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimlens.model.Contribution;

/** The one-line text form of a prediction's cues: {@code cue.hype_word +1.42 "miraculous"; …}. */
public final class Cues {

    private Cues() {
    }

    public static String format(List<Contribution> cues) {
        return cues.stream().map(Cues::format).collect(Collectors.joining("; "));
    }

    public static String format(Contribution cue) {
        String evidence = cue.evidence().isEmpty() ? "" : " \"" + cue.evidence().replace('"', '\'') + "\"";
        return String.format(Locale.ROOT, "%s %+.2f%s", cue.feature(), cue.contribution(), evidence);
    }
}

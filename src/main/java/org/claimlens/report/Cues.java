package org.claimlens.report;

import java.util.List;
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
        StringBuilder text = new StringBuilder(cue.feature()).append(' ');
        long hundredths = Math.round(cue.contribution() * 100);
        text.append(hundredths < 0 ? '-' : '+').append(Math.abs(hundredths) / 100).append('.');
        long fraction = Math.abs(hundredths) % 100;
        text.append(fraction < 10 ? "0" : "").append(fraction);
        if (!cue.evidence().isEmpty()) {
            text.append(" \"").append(cue.evidence().replace('"', '\'')).append('"');
        }
        return text.toString();
    }
}

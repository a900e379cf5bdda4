package dev.vfkit4j.annotations.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for a misspelled name, shared by the processor (keys in annotations) and the runtime (keys on the
 * command line, device names, flags). Internal: not part of vfkit4j's API.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code given} by edit distance, ignoring case, or null when none is close. */
    public static String closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(given.strip().toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(1, given.length() / 3) ? best : null;
    }

    /**
     * Edits (insert, delete, substitute, or swap two neighbours) from {@code a} to {@code b}: the optimal string
     * alignment distance. Swapped neighbours count as one edit, because {@code tpye} for {@code type} is the most
     * common slip of all, and plain Levenshtein would count it as two.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package dev.vfkit4j.cli;

import java.util.List;

/** Quoting for a POSIX shell ({@code sh}, {@code bash}, {@code zsh}): each word comes back exactly as given. */
final class ShellQuoting {
    private ShellQuoting() {
    }

    /** {@code program} and {@code args} as one shell line. */
    static String commandLine(String program, List<String> args) {
        StringBuilder line = new StringBuilder(quote(program));
        for (String arg : args) {
            line.append(' ').append(quote(arg));
        }
        return line.toString();
    }

    /**
     * {@code word} as the shell reads it back: bare when it holds only characters no shell treats specially (and
     * does not start with {@code ~} or {@code #}, which only matter at a word's start), otherwise in single quotes, in
     * which every character is literal but {@code '} itself, written {@code '\''}.
     */
    static String quote(String word) {
        if (!word.isEmpty() && isPlain(word)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "_-.,/:=+@%".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}

package dev.vfkit4j.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Drains vfkit's stderr so that vfkit never blocks on a full pipe, keeps its last lines for error messages, and
 * copies it to a log file when one is given.
 */
final class StderrTail {
    static final int MAX_LINES = 40;
    private static final int MAX_LINE_LENGTH = 2000;

    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread drainer;
    private Writer log;

    /**
     * @param log where to copy stderr, or null; closed when stderr ends
     */
    StderrTail(InputStream stderr, Writer log, String threadName) {
        this.log = log;
        this.drainer = new Thread(() -> drain(stderr), threadName);
        drainer.setDaemon(true);
        drainer.start();
    }

    /** The last lines read so far, oldest first. */
    synchronized String text() {
        return String.join("\n", lines);
    }

    /**
     * Waits, at most {@code limit}, until stderr has ended, so that the tail holds vfkit's last words. It ends when
     * vfkit and whatever inherited its stderr have exited.
     */
    void awaitEnd(Duration limit) throws InterruptedException {
        drainer.join(Math.max(1, limit.toMillis()));
    }

    private void drain(InputStream stderr) {
        // vfkit writes UTF-8; a broken byte must not stop the draining.
        InputStreamReader decoder = new InputStreamReader(stderr, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        try (BufferedReader reader = new BufferedReader(decoder)) {
            String line;
            while ((line = reader.readLine()) != null) {
                keep(line);
                copy(line);
            }
        } catch (IOException e) {
            keep("(vfkit4j: reading vfkit's stderr failed: " + e.getMessage() + ")");
        } finally {
            closeLog();
        }
    }

    /** Copies a line to the log; a log that fails is given up, never the draining. */
    private void copy(String line) {
        if (log == null) {
            return;
        }
        try {
            log.write(line);
            log.write('\n');
            log.flush();
        } catch (IOException e) {
            keep("(vfkit4j: writing vfkit's log failed, no longer copying: " + e.getMessage() + ")");
            closeLog();
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // Nothing more will be written to it either way.
            }
            log = null;
        }
    }

    private synchronized void keep(String line) {
        lines.addLast(line.length() <= MAX_LINE_LENGTH ? line : line.substring(0, MAX_LINE_LENGTH) + "...");
        if (lines.size() > MAX_LINES) {
            lines.removeFirst();
        }
    }
}

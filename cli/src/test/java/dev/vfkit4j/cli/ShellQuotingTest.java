package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code print --shell}'s quoting, judged by a real POSIX shell reading the line back. */
class ShellQuotingTest {

    /** Has {@code /bin/sh} run {@code printf '%s\0'} on the quoted words and returns what it printed, word by word. */
    private static List<String> throughShell(List<String> words) throws IOException, InterruptedException {
        String line = ShellQuoting.commandLine("printf", List.of("%s\\0")) + " "
                + String.join(" ", words.stream().map(ShellQuoting::quote).toList());
        Process sh = new ProcessBuilder("/bin/sh", "-c", line).redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, sh.waitFor(), out);
        List<String> result = new ArrayList<>(Arrays.asList(out.split("\0", -1)));
        result.remove(result.size() - 1);
        return result;
    }

    @Test
    void everyWordComesBackAsWritten() throws Exception {
        List<String> words = List.of("plain", "with space", "it's", "$HOME", "`date`", "$(id)", "a\"b", "back\\slash",
                "*", "?", "[a]", "~", "~user/x", "#comment", "a#b", "semi;colon", "amp&", "pipe|", "<in", ">out",
                "tab\there", "new\nline", "", "''", "!bang", "{a,b}", "virtio-fs,sharedDir=/Users,mountTag=x",
                "ünïcödé-日本", "=start", "%percent@at+plus");
        assertEquals(words, throughShell(words));
    }

    @Test
    void plainWordsStayBare() {
        assertEquals("virtio-net,unixSocketPath=/tmp/g.sock,mac=5a:94:ef:e4:0c:ee",
                ShellQuoting.quote("virtio-net,unixSocketPath=/tmp/g.sock,mac=5a:94:ef:e4:0c:ee"));
        assertEquals("'with space'", ShellQuoting.quote("with space"));
        assertEquals("''", ShellQuoting.quote(""));
        assertEquals("'it'\\''s'", ShellQuoting.quote("it's"));
    }
}

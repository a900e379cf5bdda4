package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.client.RestEndpoint.Scheme;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RestEndpointTest {

    // vfkit's own cases (pkg/rest's TestParseRestfulURI and TestToRestScheme), then what Go's url parser adds.

    @Test
    void readsTcpAsVfkitDoes() {
        RestEndpoint endpoint = RestEndpoint.parse("tcp://localhost:8080");
        assertEquals(new RestEndpoint(Scheme.TCP, "localhost", 8080, null), endpoint);
        assertEquals("tcp://localhost:8080", endpoint.toUri());
    }

    @Test
    void readsUnixAsVfkitDoes() {
        RestEndpoint endpoint = RestEndpoint.parse("unix:///var/tmp/socket.sock");
        assertEquals(RestEndpoint.unixSocket("/var/tmp/socket.sock"), endpoint);
        assertEquals("unix:///var/tmp/socket.sock", endpoint.toUri());
    }

    @Test
    void noneIsNoEndpoint() {
        assertSame(RestEndpoint.NONE, RestEndpoint.parse("none://"));
        assertEquals("none://", RestEndpoint.NONE.toUri());
    }

    @Test
    void httpIsTcp() {
        assertEquals(RestEndpoint.tcp("127.0.0.1", 8081), RestEndpoint.parse("http://127.0.0.1:8081"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tcp://", "tcp:///some/path", "tcp://localhost", "unix://", "unix://host", "unix://host/and/path",
        "foobar://localhost:8080"})
    void refusesWhatVfkitRefuses(String uri) {
        assertRefused(uri);
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertTrue(assertRefused("tcp://localhost").getMessage().contains("port"));
        assertTrue(assertRefused("tcp:///some/path").getMessage().contains("host"));
        assertTrue(assertRefused("tcp://localhost:1/path").getMessage().contains("no path"));
        assertTrue(assertRefused("unix://host/and/path").getMessage().contains("three slashes"));
        assertTrue(assertRefused("unix://").getMessage().contains("socket path"));
        assertTrue(assertRefused("ftp://x:1").getMessage().contains("'ftp'"));
        assertEquals("--restful-uri: 'tcp://localhost': a tcp URI needs a port: tcp://HOST:PORT",
                assertRefused("tcp://localhost").getMessage());
    }

    @Test
    void readsTheSchemeAsGoDoesIgnoringCase() {
        assertEquals(RestEndpoint.tcp("localhost", 1), RestEndpoint.parse("TCP://localhost:1"));
        assertEquals(RestEndpoint.unixSocket("/tmp/s"), RestEndpoint.parse("Unix:///tmp/s"));
    }

    @Test
    void readsHostsAsGoDoes() {
        assertEquals(RestEndpoint.tcp("::1", 8080), RestEndpoint.parse("tcp://[::1]:8080"));
        assertEquals("tcp://[::1]:8080", RestEndpoint.tcp("::1", 8080).toUri());
        // vfkit listens on every interface.
        assertEquals(RestEndpoint.tcp("", 8081), RestEndpoint.parse("tcp://:8081"));
        // User information is checked and then ignored, as vfkit only listens on the host.
        assertEquals(RestEndpoint.tcp("localhost", 8080), RestEndpoint.parse("tcp://user:secret@localhost:8080"));
        // Go reads the port as a number.
        assertEquals(RestEndpoint.tcp("localhost", 80), RestEndpoint.parse("tcp://localhost:0080"));
        // The query is cut off; vfkit never looks at it.
        assertEquals(RestEndpoint.tcp("localhost", 1), RestEndpoint.parse("tcp://localhost:1?a=b"));
        assertEquals(RestEndpoint.unixSocket("/tmp/s"), RestEndpoint.parse("unix:///tmp/s?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tcp://a b:80", "tcp://a%41:80", "tcp://[::1:80", "tcp://[::1]x:80", "tcp://host:8a", "tcp://u{ser@host:1",
        "tcp://host:1%", "tcp:8080", "://localhost:1", "localhost:8080", "/tmp/vfkit.sock", "", "tcp://host:1\n"})
    void refusesWhatGoCannotParse(String uri) {
        assertRefused(uri);
    }

    @Test
    void decodesTheSocketPath() {
        RestEndpoint endpoint = RestEndpoint.parse("unix:///tmp/my%20vm%3F.sock");
        assertEquals("/tmp/my vm?.sock", endpoint.socketPath());
        assertEquals("unix:///tmp/my%20vm%3F.sock", endpoint.toUri());
        // No authority at all is a path too.
        assertEquals(RestEndpoint.unixSocket("/tmp/s"), RestEndpoint.parse("unix:/tmp/s"));
    }

    @Test
    void socketPathsAreLimitedToWhatSunPathHolds() {
        String longest = "/" + "a".repeat(102);
        assertEquals(longest, RestEndpoint.parse("unix://" + longest).socketPath());
        ConfigException tooLong = assertRefused("unix://" + longest + "b");
        assertTrue(tooLong.getMessage().contains("104 bytes long"), tooLong.getMessage());
        // Bytes, not characters: 'é' is two.
        String accented = "/" + "a".repeat(100) + "é";
        assertEquals(103, accented.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(accented, RestEndpoint.unixSocket(accented).socketPath());
        assertRefused("unix://" + accented + "a");
        // A %-escape is one byte once decoded.
        assertEquals(103, RestEndpoint.parse("unix://" + longest.substring(0, 102) + "%41").socketPath().length());
        assertThrows(ConfigException.class, () -> RestEndpoint.unixSocket(longest + "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix:///tmp/a%00b", "unix:///tmp/%ff", "unix:///tmp/%zz", "unix:///tmp/%4"})
    void refusesSocketPathsNoSocketCanHave(String uri) {
        assertRefused(uri);
    }

    /** vfkit parses these, then exits at once or serves where no client finds it. */
    @ParameterizedTest
    @ValueSource(strings = {"none:", "none:///x", "NONE://", "none://x", "tcp://localhost:0", "tcp://localhost:65536",
        "tcp://localhost:99999999999999999999"})
    void refusesWhatVfkitCannotServeOn(String uri) {
        assertRefused(uri);
    }

    @Test
    void factoriesOnlyBuildEndpointsVfkitReadsBack() {
        assertEquals("tcp://localhost:8081", RestEndpoint.tcp("localhost", 8081).toUri());
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp("user@host", 1));
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp("host/x", 1));
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp("a b", 1));
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp("[::1]", 1));
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp("localhost", 0));
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp("localhost", 70000));
        assertThrows(ConfigException.class, () -> RestEndpoint.tcp(null, 1));
        assertThrows(ConfigException.class, () -> RestEndpoint.unixSocket("relative.sock"));
        assertThrows(ConfigException.class, () -> RestEndpoint.unixSocket(null));
        assertThrows(ConfigException.class, () -> new RestEndpoint(Scheme.NONE, "x", 0, null));
        assertThrows(ConfigException.class, () -> new RestEndpoint(Scheme.UNIX, "x", 0, "/tmp/s"));
        assertThrows(ConfigException.class, () -> new RestEndpoint(null, null, 0, null));
    }

    @Test
    void everySocketPathPrintsAsAUriVfkitReadsBackTheSame() {
        Random random = new Random(20251126);
        String alphabet = "abcXYZ019 -_.~!$&'()*+,;=:@%?#[]\"<>{}|\\^`é€😀/";
        for (int i = 0; i < 2000; i++) {
            StringBuilder path = new StringBuilder("/");
            int length = 1 + random.nextInt(30);
            while (path.length() < length) {
                path.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            RestEndpoint endpoint = RestEndpoint.unixSocket(path.toString());
            assertEquals(endpoint, RestEndpoint.parse(endpoint.toUri()), endpoint.toUri());
        }
    }

    private static ConfigException assertRefused(String uri) {
        ConfigException error = assertThrows(ConfigException.class, () -> RestEndpoint.parse(uri), uri);
        assertEquals("--restful-uri", error.component(), error.getMessage());
        assertEquals(uri, error.value(), error.getMessage());
        return error;
    }
}

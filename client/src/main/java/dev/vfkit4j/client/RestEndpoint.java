package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where vfkit serves its REST API, as {@code --restful-uri} gives it: {@code tcp://HOST:PORT} (or
 * {@code http://HOST:PORT}), {@code unix:///PATH}, or {@code none://} for no service.
 *
 * <p>{@link #parse(String)} reads a URI as vfkit does — Go's {@code url.ParseRequestURI}, then vfkit's own checks —
 * and refuses what vfkit refuses: an unknown scheme, a tcp URI without host or port or with a path, a unix URI with a
 * host or without a path, a socket path longer than macOS's {@code sun_path} holds. It also refuses three URIs that
 * vfkit parses but cannot serve on, because vfkit would exit at once or serve where no client finds it: a
 * {@code none} URI other than exactly {@code none://}, port 0, and ports above 65535.
 *
 * <p>Every endpoint prints, with {@link #toUri()}, a URI that vfkit reads back as the same endpoint.
 *
 * @param scheme how vfkit serves
 * @param host with {@link Scheme#TCP}: the host vfkit listens on, without brackets for IPv6; empty for every
 *     interface ({@code tcp://:8081}); null otherwise
 * @param port with {@link Scheme#TCP}: the port, 1 to 65535; 0 otherwise
 * @param socketPath with {@link Scheme#UNIX}: the absolute path of the socket vfkit creates; null otherwise
 */
public record RestEndpoint(Scheme scheme, String host, int port, String socketPath) {

    /** How vfkit serves its REST API. */
    public enum Scheme {
        /** Over TCP: {@code tcp://HOST:PORT}, also spelled {@code http://HOST:PORT}. */
        TCP,
        /** Over a Unix domain socket: {@code unix:///PATH}. */
        UNIX,
        /** Not at all: {@code none://}, vfkit's default. */
        NONE
    }

    /** No REST service: {@code none://}. */
    public static final RestEndpoint NONE = new RestEndpoint(Scheme.NONE, null, 0, null);

    /** macOS's {@code sun_path} holds 104 bytes, its terminating NUL included (the runtime's preflight checks
     * device sockets against the same limit). */
    static final int MAX_UNIX_SOCKET_PATH_BYTES = 103;
    /** The only spelling of "no REST service" vfkit honours; it compares the flag's text with it. */
    private static final String NONE_URI = "none://";
    private static final String FLAG = "--restful-uri";

    public RestEndpoint {
        if (scheme == null) {
            throw new ConfigException(FLAG, null, null, "a scheme is required (TCP, UNIX or NONE)");
        }
        switch (scheme) {
            case NONE:
                if (host != null || port != 0 || socketPath != null) {
                    throw new ConfigException(FLAG, null, NONE_URI, "takes no host, port or socket path");
                }
                break;
            case TCP:
                if (host == null) {
                    throw new ConfigException(FLAG, null, null, "a tcp endpoint needs a host (empty for every"
                            + " interface)");
                }
                if (socketPath != null) {
                    throw new ConfigException(FLAG, null, socketPath, "a tcp endpoint takes no socket path");
                }
                if (host.startsWith("[")) {
                    throw new ConfigException(FLAG, null, host, "give an IPv6 host without its brackets");
                }
                checkPort(port, uriOf(scheme, host, port, null));
                checkRoundTrip(new Parts(Scheme.TCP, host, port, null));
                break;
            case UNIX:
                if (host != null || port != 0) {
                    throw new ConfigException(FLAG, null, host, "a unix endpoint takes no host or port");
                }
                if (socketPath == null || !socketPath.startsWith("/")) {
                    throw new ConfigException(FLAG, null, socketPath, "a unix endpoint needs an absolute socket path");
                }
                checkSocketPath(utf8(socketPath, "unix://" + socketPath), "unix://" + socketPath);
                checkRoundTrip(new Parts(Scheme.UNIX, null, 0, socketPath));
                break;
            default:
                throw new AssertionError(scheme);
        }
    }

    /** vfkit serving on TCP {@code host:port}; an empty host means every interface. */
    public static RestEndpoint tcp(String host, int port) {
        return new RestEndpoint(Scheme.TCP, host, port, null);
    }

    /** vfkit serving on the Unix domain socket {@code socketPath}, which must be absolute. */
    public static RestEndpoint unixSocket(String socketPath) {
        return new RestEndpoint(Scheme.UNIX, null, 0, socketPath);
    }

    /**
     * Reads {@code --restful-uri} as vfkit does.
     *
     * @throws ConfigException naming {@code --restful-uri} and the value, for any URI vfkit would refuse or could
     *     not serve on
     */
    public static RestEndpoint parse(String uri) {
        Parts parts = new UriReader(uri).read();
        switch (parts.scheme) {
            case TCP:
                return tcp(parts.host, parts.port);
            case UNIX:
                return unixSocket(parts.socketPath);
            default:
                return NONE;
        }
    }

    /**
     * The endpoint vfkit will serve its REST API on for {@code command}, read from its {@code --restful-uri} as vfkit
     * reads it; empty when vfkit serves none (no {@code --restful-uri}, or {@code none://}).
     *
     * @throws ConfigException naming {@code --restful-uri}, when vfkit would refuse the URI or could not serve on it
     */
    public static Optional<RestEndpoint> of(VfkitCommand command) {
        if (command.restfulUri() == null) {
            return Optional.empty();
        }
        RestEndpoint endpoint = parse(command.restfulUri());
        return endpoint.scheme() == Scheme.NONE ? Optional.empty() : Optional.of(endpoint);
    }

    /**
     * The URI that gives vfkit this endpoint: {@code tcp://HOST:PORT} (IPv6 hosts in brackets),
     * {@code unix:///PATH} with the characters a URI path cannot hold %-escaped, or {@code none://}.
     */
    public String toUri() {
        return uriOf(scheme, host, port, socketPath);
    }

    private static String uriOf(Scheme scheme, String host, int port, String socketPath) {
        switch (scheme) {
            case TCP:
                return "tcp://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
            case UNIX:
                return "unix://" + escapePath(socketPath);
            default:
                return NONE_URI;
        }
    }

    @Override
    public String toString() {
        return toUri();
    }

    /**
     * With {@link Scheme#TCP}: the host a client on this machine connects to, without brackets. An unspecified
     * address (vfkit listening on every interface) is reached through loopback, as Go's own dialer does.
     */
    String dialHost() {
        if (host.isEmpty() || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.equals("::") ? "::1" : host;
    }

    /**
     * Whether something already accepts connections here: a listening TCP port, or a Unix socket file with a
     * listener behind it. A socket file that nothing listens on (left by a killed vfkit) does not count.
     */
    boolean acceptsConnections(Duration timeout) {
        switch (scheme) {
            case TCP:
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(dialHost(), port), (int) Math.max(1, timeout.toMillis()));
                    return true;
                } catch (IOException e) {
                    return false;
                }
            case UNIX:
                Path path = Path.of(socketPath);
                if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                // Non-blocking, so that a listener whose backlog is full cannot hold the caller.
                try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.configureBlocking(false);
                    return channel.connect(UnixDomainSocketAddress.of(path)) || channel.finishConnect();
                } catch (IOException e) {
                    return false;
                }
            default:
                return false;
        }
    }

    /** The parts of a URI that vfkit uses; a record so that the constructor can check a round trip without
     * constructing an endpoint. */
    private record Parts(Scheme scheme, String host, int port, String socketPath) {
    }

    /** Called from the constructor, where the fields are not yet assigned: everything comes from {@code parts}. */
    private static void checkRoundTrip(Parts parts) {
        String uri = uriOf(parts.scheme, parts.host, parts.port, parts.socketPath);
        Parts read;
        try {
            read = new UriReader(uri).read();
        } catch (ConfigException e) {
            throw new ConfigException(FLAG, null, uri, "cannot be written as a URI that vfkit reads back the same ("
                    + e.getMessage() + ")", e);
        }
        if (!read.equals(parts)) {
            throw new ConfigException(FLAG, null, uri, "cannot be written as a URI that vfkit reads back the same");
        }
    }

    private static void checkPort(int port, String uri) {
        if (port == 0) {
            throw new ConfigException(FLAG, null, uri, "port 0 would have vfkit listen on a port the system picks,"
                    + " which no client can learn");
        }
        if (port < 0 || port > 0xFFFF) {
            throw new ConfigException(FLAG, null, uri, "port " + port + " is out of range (1 to 65535); vfkit"
                    + " could not listen on it");
        }
    }

    private static void checkSocketPath(byte[] path, String uri) {
        if (path.length > MAX_UNIX_SOCKET_PATH_BYTES) {
            throw new ConfigException(FLAG, null, uri, "the socket path is " + path.length + " bytes long; macOS"
                    + " holds at most " + MAX_UNIX_SOCKET_PATH_BYTES + " (sun_path is 104 bytes, the"
                    + " terminating NUL included)");
        }
        for (byte b : path) {
            if (b == 0) {
                throw new ConfigException(FLAG, null, uri, "the socket path contains a NUL byte");
            }
        }
    }

    private static byte[] utf8(String text, String uri) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new ConfigException(FLAG, null, uri, "is not valid Unicode (an unpaired surrogate)");
        }
    }

    /** Go's {@code shouldEscape(c, encodePath)}: what a URI path cannot hold as it is. */
    private static boolean mustEscapeInPath(int c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        switch (c) {
            case '-': case '_': case '.': case '~':
            case '$': case '&': case '+': case ',': case '/': case ':': case ';': case '=': case '@':
                return false;
            default:
                return true;
        }
    }

    private static String escapePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (mustEscapeInPath(c)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /**
     * Reads a URI as vfkit does: Go's {@code url.ParseRequestURI} (on bytes, as Go strings are), vfkit's
     * {@code toRestScheme}, then vfkit's {@code parseRestfulURI} checks. Only what vfkit uses is kept: the scheme,
     * the host and port, the decoded path.
     */
    private static final class UriReader {
        /** How a part of the URI is %-unescaped; Go's {@code encoding} modes. */
        private enum Part { HOST, ZONE, USERINFO, PATH }

        private final String uri;

        UriReader(String uri) {
            this.uri = uri;
        }

        private ConfigException error(String problem) {
            return new ConfigException(FLAG, null, uri, problem);
        }

        Parts read() {
            if (uri == null || uri.isEmpty()) {
                throw error("is empty; vfkit takes tcp://HOST:PORT, unix:///PATH or none://");
            }
            for (int i = 0; i < uri.length(); i++) {
                char c = uri.charAt(i);
                if (c < 0x20 || c == 0x7f) {
                    throw error("contains a control character (U+" + String.format("%04X", (int) c) + ")");
                }
            }
            byte[] text = utf8(uri, uri);

            int colon = schemeEnd(text);
            if (colon < 0) {
                throw error("has no scheme; vfkit takes tcp://HOST:PORT, unix:///PATH or none://");
            }
            String schemeName = new String(text, 0, colon, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
            byte[] rest = Arrays.copyOfRange(text, colon + 1, text.length);

            // The query is cut off: vfkit never looks at it.
            int question = indexOf(rest, (byte) '?', 0);
            if (question >= 0) {
                rest = Arrays.copyOf(rest, question);
            }

            String hostAndPort = "";
            byte[] path = new byte[0];
            if (startsWith(rest, "/")) {
                byte[] pathPart = rest;
                if (startsWith(rest, "//")) {
                    int slash = indexOf(rest, (byte) '/', 2);
                    byte[] authority = Arrays.copyOfRange(rest, 2, slash < 0 ? rest.length : slash);
                    pathPart = slash < 0 ? new byte[0] : Arrays.copyOfRange(rest, slash, rest.length);
                    hostAndPort = authority(authority);
                }
                path = unescape(pathPart, Part.PATH);
            }
            // else: an opaque URI such as "tcp:8080", with neither host nor path.

            Scheme scheme = scheme(schemeName);
            switch (scheme) {
                case TCP:
                    return tcp(hostAndPort, path);
                case UNIX:
                    return unix(hostAndPort, path);
                default:
                    if (!uri.equals(NONE_URI)) {
                        throw error("vfkit turns its REST service off only for exactly none://; given any other"
                                + " none URI it starts no service and exits");
                    }
                    return new Parts(Scheme.NONE, null, 0, null);
            }
        }

        private Scheme scheme(String name) {
            switch (name) {
                case "tcp":
                case "http":
                    return Scheme.TCP;
                case "unix":
                    return Scheme.UNIX;
                case "none":
                    return Scheme.NONE;
                default:
                    throw error("scheme '" + name + "' is not one vfkit serves on (tcp, http, unix or none)");
            }
        }

        private Parts tcp(String hostAndPort, byte[] path) {
            if (hostAndPort.isEmpty()) {
                throw error("a tcp URI needs a host and a port: tcp://HOST:PORT");
            }
            if (path.length > 0) {
                throw error("a tcp URI takes no path ('" + decode(path) + "')");
            }
            // Go's splitHostPort: a trailing ":digits" is the port; brackets around the rest are dropped.
            String host = hostAndPort;
            String port = "";
            int colon = host.lastIndexOf(':');
            if (colon >= 0 && isOptionalPort(host.substring(colon))) {
                port = host.substring(colon + 1);
                host = host.substring(0, colon);
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (port.isEmpty()) {
                throw error("a tcp URI needs a port: tcp://HOST:PORT");
            }
            // Go reads the port as a number, so leading zeros are allowed: "0080" is 80.
            String digits = port.replaceFirst("^0+(?=.)", "");
            if (digits.length() > 5) {
                throw error("port " + port + " is out of range (1 to 65535); vfkit could not listen on it");
            }
            int number = Integer.parseInt(digits);
            checkPort(number, uri);
            return new Parts(Scheme.TCP, host, number, null);
        }

        private Parts unix(String hostAndPort, byte[] path) {
            if (path.length == 0) {
                throw error("a unix URI needs a socket path: unix:///PATH");
            }
            if (!hostAndPort.isEmpty()) {
                throw error("a unix URI takes no host ('" + hostAndPort + "'); write unix:///PATH, with three"
                        + " slashes");
            }
            checkSocketPath(path, uri);
            return new Parts(Scheme.UNIX, null, 0, decode(path));
        }

        /** Go's {@code getScheme}: the index of the ':' ending a scheme, or -1 when there is no scheme. */
        private int schemeEnd(byte[] text) {
            for (int i = 0; i < text.length; i++) {
                int c = text[i] & 0xFF;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    continue;
                }
                if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                    if (i == 0) {
                        return -1;
                    }
                    continue;
                }
                return c == ':' && i > 0 ? i : -1;
            }
            return -1;
        }

        /** Go's {@code parseAuthority}: checks the user information vfkit ignores, returns host[:port]. */
        private String authority(byte[] authority) {
            int at = lastIndexOf(authority, (byte) '@', authority.length);
            String host = host(Arrays.copyOfRange(authority, at + 1, authority.length));
            if (at >= 0) {
                byte[] userinfo = Arrays.copyOf(authority, at);
                for (byte b : userinfo) {
                    if (!isUserinfoByte(b & 0xFF)) {
                        throw error("the user information before '@' holds a character a URI forbids there");
                    }
                }
                unescape(userinfo, Part.USERINFO);
            }
            return host;
        }

        private static boolean isUserinfoByte(int c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0;
        }

        /** Go's {@code parseHost}: host[:port], with an IPv6 literal in brackets and its %25 zone. */
        private String host(byte[] host) {
            if (startsWith(host, "[")) {
                int close = lastIndexOf(host, (byte) ']', host.length);
                if (close < 0) {
                    throw error("the IPv6 host lacks its closing ']'");
                }
                String colonPort = new String(host, close + 1, host.length - close - 1, StandardCharsets.UTF_8);
                if (!isOptionalPort(colonPort)) {
                    throw error("'" + colonPort + "' after the host is not a port");
                }
                int zone = indexOf(host, "%25", 0, close);
                if (zone >= 0) {
                    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
                    decoded.writeBytes(unescape(Arrays.copyOf(host, zone), Part.HOST));
                    decoded.writeBytes(unescape(Arrays.copyOfRange(host, zone, close), Part.ZONE));
                    decoded.writeBytes(unescape(Arrays.copyOfRange(host, close, host.length), Part.HOST));
                    return decode(decoded.toByteArray());
                }
            } else {
                int colon = lastIndexOf(host, (byte) ':', host.length);
                if (colon >= 0) {
                    String colonPort = new String(host, colon, host.length - colon, StandardCharsets.UTF_8);
                    if (!isOptionalPort(colonPort)) {
                        throw error("'" + colonPort + "' after the host is not a port");
                    }
                }
            }
            return decode(unescape(host, Part.HOST));
        }

        /** Go's {@code validOptionalPort}: empty, or ':' and digits (possibly none). */
        private static boolean isOptionalPort(String colonPort) {
            if (colonPort.isEmpty()) {
                return true;
            }
            if (colonPort.charAt(0) != ':') {
                return false;
            }
            for (int i = 1; i < colonPort.length(); i++) {
                if (colonPort.charAt(i) < '0' || colonPort.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** Go's {@code unescape}: checks every %-escape, and in a host every character, then decodes. */
        private byte[] unescape(byte[] s, Part part) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
            for (int i = 0; i < s.length; ) {
                int c = s[i] & 0xFF;
                if (c == '%') {
                    if (i + 2 >= s.length || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0) {
                        throw error("has a malformed %-escape '"
                                + new String(s, i, Math.min(3, s.length - i), StandardCharsets.UTF_8) + "'");
                    }
                    int value = hex(s[i + 1]) << 4 | hex(s[i + 2]);
                    boolean percent = value == '%';
                    // A host may %-escape only non-ASCII bytes, and "%25" (a '%') for an IPv6 zone.
                    if (part == Part.HOST && value < 0x80 && !percent) {
                        throw error("the %-escape '" + (char) c + (char) s[i + 1] + (char) s[i + 2] + "' stands"
                                + " for an ASCII character, which a host must write as it is");
                    }
                    // A zone may %-escape only what a host could hold as it is (and a space).
                    if (part == Part.ZONE && !percent && value != ' ' && mustEscapeInHost(value)) {
                        throw error("the %-escape '" + (char) c + (char) s[i + 1] + (char) s[i + 2] + "' stands"
                                + " for a character an IPv6 zone cannot hold");
                    }
                    out.write(value);
                    i += 3;
                } else {
                    if ((part == Part.HOST || part == Part.ZONE) && c < 0x80 && mustEscapeInHost(c)) {
                        throw error("the host holds '" + (char) c + "', which a host name cannot");
                    }
                    out.write(c);
                    i++;
                }
            }
            return out.toByteArray();
        }

        /** Go's {@code shouldEscape(c, encodeHost)}. */
        private static boolean mustEscapeInHost(int c) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return false;
            }
            return "!$&'()*+,;=:[]<>\"-_.~".indexOf(c) < 0;
        }

        private static int hex(byte b) {
            return Character.digit(b & 0xFF, 16);
        }

        private String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw error("%-escapes there decode to bytes that are not UTF-8, which Java cannot name");
            }
        }

        private static boolean startsWith(byte[] bytes, String prefix) {
            return bytes.length >= prefix.length() && indexOf(bytes, prefix, 0, prefix.length()) == 0;
        }

        private static int indexOf(byte[] bytes, byte b, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        /** The first {@code ascii} lying wholly in {@code bytes[from, end)}, or -1. */
        private static int indexOf(byte[] bytes, String ascii, int from, int end) {
            outer:
            for (int i = from; i + ascii.length() <= end; i++) {
                for (int j = 0; j < ascii.length(); j++) {
                    if (bytes[i + j] != ascii.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private static int lastIndexOf(byte[] bytes, byte b, int end) {
            for (int i = end - 1; i >= 0; i--) {
                if (bytes[i] == b) {
                    return i;
                }
            }
            return -1;
        }
    }
}

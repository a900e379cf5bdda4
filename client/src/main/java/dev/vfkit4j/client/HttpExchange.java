package dev.vfkit4j.client;

import dev.vfkit4j.client.VfkitClientException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 exchange with vfkit or krunkit on a connection of its own, over TCP or a Unix socket: the request, then
 * the answer, delimited as the server delimits it (Content-Length, chunked, or the close that ends krunkit's).
 *
 * <p>Written on the JDK's channels rather than an HTTP library: vfkit's API is three requests on a local socket, and
 * a library would bring its own logging (Jetty's SLF4J prints a notice when the application has no binding) to every
 * user. Non-blocking, with a selector, so that connecting, silence and the whole exchange each have a deadline.
 */
final class HttpExchange {
    /** A complete answer. */
    record Answer(int status, String reasonPhrase, String body) {
    }

    /** A failed exchange; {@link #sent} says whether the request had started on its way. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final Reason reason;
        final boolean sent;

        Failure(Reason reason, boolean sent, String problem, Throwable cause) {
            super(problem, cause);
            this.reason = reason;
            this.sent = sent;
        }
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: (.*))?");
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    private final RestEndpoint endpoint;
    private final ClientOptions options;
    private final Duration limit;
    private final int maxBodyBytes;
    private final long overallDeadline;
    /** When silence has lasted the read timeout: moved on by every byte that goes either way. */
    private long idleDeadline;
    private boolean sent;

    private HttpExchange(RestEndpoint endpoint, ClientOptions options, Duration limit, int maxBodyBytes) {
        this.endpoint = endpoint;
        this.options = options;
        this.limit = limit;
        this.maxBodyBytes = maxBodyBytes;
        this.overallDeadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
    }

    /**
     * Sends {@code method path} (with {@code jsonBody} when not null) and returns the answer, whatever its status.
     *
     * @param limit the longest the whole exchange may take, connecting included; null for none beyond the options'
     */
    static Answer send(RestEndpoint endpoint, ClientOptions options, Duration limit, int maxBodyBytes,
            String method, String path, String jsonBody) throws Failure {
        return new HttpExchange(endpoint, options, limit, maxBodyBytes).run(method, path, jsonBody);
    }

    private Answer run(String method, String path, String jsonBody) throws Failure {
        byte[] request = request(method, path, jsonBody);
        try (SocketChannel channel = open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0);
            connect(channel, key);
            write(channel, key, ByteBuffer.wrap(request));
            return read(channel, key, method);
        } catch (IOException e) {
            // Opening or closing a channel or selector: the system's resources, not the server.
            throw new Failure(Reason.CONNECTION_FAILED, sent, "cannot open a connection (" + e.getMessage() + ")", e);
        }
    }

    private byte[] request(String method, String path, String jsonBody) {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader()).append("\r\n")
                .append("Accept: application/json\r\n")
                .append("User-Agent: vfkit4j\r\n")
                .append("Connection: close\r\n");
        if (jsonBody != null) {
            head.append("Content-Type: application/json\r\n").append("Content-Length: ").append(body.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    private String hostHeader() {
        if (endpoint.scheme() == RestEndpoint.Scheme.UNIX) {
            return "localhost";
        }
        String host = endpoint.dialHost();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + endpoint.port();
    }

    private SocketChannel open() throws IOException {
        return endpoint.scheme() == RestEndpoint.Scheme.UNIX ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open();
    }

    private void connect(SocketChannel channel, SelectionKey key) throws Failure {
        SocketAddress address;
        if (endpoint.scheme() == RestEndpoint.Scheme.UNIX) {
            address = UnixDomainSocketAddress.of(endpoint.socketPath());
        } else {
            InetSocketAddress inet = new InetSocketAddress(endpoint.dialHost(), endpoint.port());
            if (inet.isUnresolved()) {
                throw new Failure(Reason.CONNECTION_FAILED, false, "cannot connect (unknown host "
                        + endpoint.dialHost() + ")", null);
            }
            address = inet;
        }
        long deadline = Math.min(overallDeadline, System.nanoTime() + options.connectTimeout().toNanos());
        try {
            if (channel.connect(address)) {
                return;
            }
            key.interestOps(SelectionKey.OP_CONNECT);
            while (!channel.finishConnect()) {
                if (!await(key, deadline)) {
                    throw timeout(deadline == overallDeadline ? null : "no connection within "
                            + describe(options.connectTimeout()));
                }
            }
        } catch (IOException e) {
            throw cannotConnect(e);
        }
    }

    private Failure cannotConnect(IOException e) {
        if (endpoint.scheme() == RestEndpoint.Scheme.UNIX && Files.notExists(Path.of(endpoint.socketPath()))) {
            return new Failure(Reason.CONNECTION_FAILED, false, "cannot connect: the socket " + endpoint.socketPath()
                    + " does not exist (vfkit is not running, or not listening yet)", e);
        }
        String why = e instanceof ConnectException || e.getMessage() == null ? "connection refused" : e.getMessage();
        return new Failure(Reason.CONNECTION_FAILED, false, "cannot connect (" + why + ")", e);
    }

    private void write(SocketChannel channel, SelectionKey key, ByteBuffer request) throws Failure {
        touch();
        try {
            while (request.hasRemaining()) {
                if (channel.write(request) > 0) {
                    sent = true;
                    touch();
                }
                if (request.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_WRITE);
                    if (!await(key, idleDeadline)) {
                        throw timeout(null);
                    }
                }
            }
        } catch (IOException e) {
            throw lost(e);
        }
    }

    private Answer read(SocketChannel channel, SelectionKey key, String method) throws Failure {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        key.interestOps(SelectionKey.OP_READ);
        while (true) {
            int count;
            try {
                count = channel.read(buffer);
            } catch (IOException e) {
                throw lost(e);
            }
            boolean ended = count < 0;
            if (count > 0) {
                received.write(buffer.array(), 0, buffer.position());
                buffer.clear();
                touch();
                if (received.size() <= maxBodyBytes) {
                    // Read all that has arrived before looking at it: parsing after every 8 KiB read made a large
                    // answer cost the square of its size. (Past the limit, parsing says it is too large.)
                    continue;
                }
            }
            Answer answer = parse(received.toByteArray(), ended, method, maxBodyBytes);
            if (answer != null) {
                return answer;
            }
            if (ended) {
                throw new Failure(Reason.CONNECTION_LOST, true, "the connection closed before the answer was"
                        + " complete", null);
            }
            if (count == 0 && !await(key, idleDeadline)) {
                throw timeout(null);
            }
        }
    }

    /**
     * The answer in {@code bytes}, or null while it is incomplete and more may come; {@code ended} when the server
     * has closed the connection. Static, and so reachable from the fuzz test, because it depends on nothing else.
     */
    static Answer parse(byte[] bytes, boolean ended, String method, int maxBodyBytes) throws Failure {
        int start = 0;
        while (true) {
            if (!startsWithHttp(bytes, start)) {
                throw malformed("the answer is not an HTTP response");
            }
            int headEnd = indexOf(bytes, END_OF_HEAD, start);
            if (headEnd < 0) {
                if (bytes.length - start > maxBodyBytes) {
                    throw malformed("the answer's head is larger than " + (maxBodyBytes >> 20) + " MiB");
                }
                return null;
            }
            String[] lines = new String(bytes, start, headEnd - start, StandardCharsets.ISO_8859_1).split("\r\n");
            Matcher status = STATUS_LINE.matcher(lines[0]);
            if (!status.matches()) {
                throw malformed("the answer is not an HTTP response");
            }
            int code = Integer.parseInt(status.group(1));
            String phrase = status.group(2) == null ? "" : status.group(2).strip();
            int bodyStart = headEnd + END_OF_HEAD.length;
            if (code >= 100 && code < 200) {
                // An interim answer: the real one follows.
                start = bodyStart;
                continue;
            }
            long contentLength = -1;
            boolean chunked = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    throw malformed("the answer has a header line without a name: " + RestJson.excerpt(lines[i]));
                }
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).strip();
                if (name.equals("content-length")) {
                    long length = contentLength(value);
                    if (contentLength >= 0 && contentLength != length) {
                        throw malformed("the answer has two different Content-Lengths");
                    }
                    contentLength = length;
                } else if (name.equals("transfer-encoding")) {
                    chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
                }
            }
            byte[] body;
            if (method.equals("HEAD") || code == 204 || code == 304) {
                body = new byte[0];
            } else if (chunked) {
                body = dechunk(bytes, bodyStart, maxBodyBytes);
            } else if (contentLength >= 0) {
                if (contentLength > maxBodyBytes) {
                    throw tooLarge(maxBodyBytes);
                }
                body = bytes.length - bodyStart >= contentLength
                        ? Arrays.copyOfRange(bytes, bodyStart, bodyStart + (int) contentLength) : null;
            } else {
                // No length: the close ends the answer, as krunkit's.
                if (bytes.length - bodyStart > maxBodyBytes) {
                    throw tooLarge(maxBodyBytes);
                }
                body = ended ? Arrays.copyOfRange(bytes, bodyStart, bytes.length) : null;
            }
            return body == null ? null : new Answer(code, phrase, new String(body, StandardCharsets.UTF_8));
        }
    }

    /** The body of a chunked answer starting at {@code from}, or null while it is incomplete. */
    private static byte[] dechunk(byte[] bytes, int from, int maxBodyBytes) throws Failure {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = indexOf(bytes, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                return null;
            }
            String sizeText = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = sizeText.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon >= 0 ? sizeText.substring(0, semicolon) : sizeText).strip(), 16);
            } catch (NumberFormatException e) {
                throw malformed("the answer's chunk size is not a number: " + RestJson.excerpt(sizeText));
            }
            // Compared without adding: body.size() + size overflows for a size near Long.MAX_VALUE.
            if (size < 0 || size > maxBodyBytes - body.size()) {
                throw tooLarge(maxBodyBytes);
            }
            at = lineEnd + 2;
            if (size == 0) {
                // Then an empty line, or trailers ending with one.
                boolean complete = indexOf(bytes, new byte[] {'\r', '\n'}, at) == at
                        || indexOf(bytes, END_OF_HEAD, at) >= 0;
                return complete ? body.toByteArray() : null;
            }
            if (bytes.length < at + size + 2) {
                return null;
            }
            body.write(bytes, at, (int) size);
            at += (int) size + 2;
        }
    }

    private static long contentLength(String value) throws Failure {
        try {
            long length = Long.parseLong(value);
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw malformed("the answer's Content-Length is not a length: " + RestJson.excerpt(value));
    }

    /**
     * Waits until {@code key}'s channel is ready or {@code deadline} passes; false on the deadline.
     *
     * @throws Failure with {@link Reason#INTERRUPTED}, the thread's interrupt flag left set, when interrupted
     */
    private boolean await(SelectionKey key, long deadline) throws Failure {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return false;
        }
        Selector selector = key.selector();
        int ready;
        try {
            // Rounded up, so that a wait does not end just before its deadline.
            ready = selector.select(Math.max(1, (remaining + 999_999) / 1_000_000));
        } catch (IOException e) {
            throw lost(e);
        }
        selector.selectedKeys().clear();
        if (Thread.currentThread().isInterrupted()) {
            throw new Failure(Reason.INTERRUPTED, sent, "interrupted while waiting for the answer", null);
        }
        return ready > 0 || System.nanoTime() - deadline < 0;
    }

    /** Bytes moved: silence may last the read timeout from now, within the whole exchange's limit. */
    private void touch() {
        idleDeadline = Math.min(overallDeadline, System.nanoTime() + options.readTimeout().toNanos());
    }

    /** @param problem what timed out; null for the answer, by its silence or the whole exchange's limit */
    private Failure timeout(String problem) {
        if (problem == null) {
            boolean overall = overallDeadline != Long.MAX_VALUE && System.nanoTime() - overallDeadline >= 0;
            problem = "no complete answer within " + (overall ? describe(limit) + " in all"
                    : describe(options.readTimeout()) + " of silence");
        }
        return new Failure(Reason.TIMEOUT, sent, problem, null);
    }

    private Failure lost(IOException e) {
        return new Failure(Reason.CONNECTION_LOST, sent, "the connection closed before the answer was complete ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
    }

    private static Failure malformed(String problem) {
        return new Failure(Reason.MALFORMED_RESPONSE, true, problem, null);
    }

    private static Failure tooLarge(int maxBodyBytes) {
        return malformed("the answer is larger than " + (maxBodyBytes >> 20) + " MiB, which vfkit never sends");
    }

    private static boolean startsWithHttp(byte[] bytes, int from) {
        byte[] prefix = {'H', 'T', 'T', 'P', '/'};
        for (int i = 0; i < prefix.length && from + i < bytes.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = Math.max(0, from); i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}

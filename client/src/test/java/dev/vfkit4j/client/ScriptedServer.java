package dev.vfkit4j.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A server that misbehaves on purpose, on loopback TCP or a Unix socket: it reads each request and then does what its
 * script says — never answer, answer half and hang up, answer garbage. No HTTP library, so that it can break the
 * protocol.
 */
final class ScriptedServer implements AutoCloseable {

    /** What to do with one connection once its request has been read. */
    @FunctionalInterface
    interface Script {
        void answer(SocketChannel connection, ScriptedServer server) throws IOException, InterruptedException;
    }

    /** Never answers; holds the connection until the server closes. */
    static final Script NEVER_ANSWERS = (connection, server) -> server.closed.await();

    /** Writes {@code raw} and hangs up. */
    static Script answers(String raw) {
        return (connection, server) -> connection.write(ByteBuffer.wrap(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private final ServerSocketChannel listener;
    private final RestEndpoint endpoint;
    private final Path socket;
    private final Script script;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();

    private ScriptedServer(ServerSocketChannel listener, RestEndpoint endpoint, Path socket, Script script) {
        this.listener = listener;
        this.endpoint = endpoint;
        this.socket = socket;
        this.script = script;
        Thread acceptor = new Thread(this::acceptLoop, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedServer tcp(Script script) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        return new ScriptedServer(listener, RestEndpoint.tcp("127.0.0.1", port), null, script);
    }

    static ScriptedServer unix(Path socket, Script script) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        return new ScriptedServer(listener, RestEndpoint.unixSocket(socket.toString()), socket, script);
    }

    RestEndpoint endpoint() {
        return endpoint;
    }

    private void acceptLoop() {
        while (listener.isOpen()) {
            SocketChannel connection;
            try {
                connection = listener.accept();
            } catch (IOException e) {
                return;
            }
            connections.add(connection);
            Thread worker = new Thread(() -> serve(connection), "scripted-connection");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            readRequest(connection);
            script.answer(connection, this);
        } catch (IOException | InterruptedException e) {
            // The client went away, or the server closed: either ends this connection.
        }
    }

    /** Reads the request line, the headers and a Content-Length body. */
    private static void readRequest(SocketChannel connection) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            one.clear();
            if (connection.read(one) < 0) {
                return;
            }
            head.write(one.array()[0]);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        while (body.hasRemaining() && connection.read(body) >= 0) {
            // Reads the whole body, so that the answer comes after the request, as a real server's does.
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        listener.close();
        for (SocketChannel connection : connections) {
            connection.close();
        }
        if (socket != null) {
            Files.deleteIfExists(socket);
        }
    }
}

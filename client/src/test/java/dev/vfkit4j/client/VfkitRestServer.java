package dev.vfkit4j.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** An in-process HTTP server on loopback TCP or a Unix socket, as vfkit's gin server listens. */
final class VfkitRestServer implements AutoCloseable {
    private final Server server;
    private final RestEndpoint endpoint;

    private VfkitRestServer(Server server, RestEndpoint endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** Serves {@code handler} on 127.0.0.1, on a port the system picks. */
    static VfkitRestServer tcp(Handler handler) {
        return start(RestEndpoint.Scheme.TCP, "127.0.0.1", 0, null, handler);
    }

    /** Serves {@code handler} on the Unix socket {@code socket}, which must not exist yet. */
    static VfkitRestServer unix(Path socket, Handler handler) {
        return start(RestEndpoint.Scheme.UNIX, null, 0, socket, handler);
    }

    /** Serves {@code handler} where {@code endpoint} says, as vfkit would. */
    static VfkitRestServer at(RestEndpoint endpoint, Handler handler) {
        return endpoint.scheme() == RestEndpoint.Scheme.UNIX
                ? start(RestEndpoint.Scheme.UNIX, null, 0, Path.of(endpoint.socketPath()), handler)
                : start(RestEndpoint.Scheme.TCP, endpoint.host(), endpoint.port(), null, handler);
    }

    private static VfkitRestServer start(RestEndpoint.Scheme scheme, String host, int port, Path socket,
            Handler handler) {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("fake-vfkit-rest");
        threads.setDaemon(true);
        Server server = new Server(threads);
        try {
            RestEndpoint endpoint;
            if (scheme == RestEndpoint.Scheme.UNIX) {
                UnixDomainServerConnector connector = new UnixDomainServerConnector(server);
                connector.setUnixDomainPath(socket);
                server.addConnector(connector);
                server.setHandler(handler);
                server.start();
                endpoint = RestEndpoint.unixSocket(socket.toString());
            } else {
                ServerConnector connector = new ServerConnector(server, 1, 1);
                connector.setHost(host.isEmpty() ? null : host);
                connector.setPort(port);
                server.addConnector(connector);
                server.setHandler(handler);
                server.start();
                endpoint = RestEndpoint.tcp(host, connector.getLocalPort());
            }
            return new VfkitRestServer(server, endpoint);
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot serve on " + (socket != null ? socket : host + ":" + port), e);
        }
    }

    RestEndpoint endpoint() {
        return endpoint;
    }

    /** Stops serving, and removes the socket as gin's RunUnix does when it returns. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the test server did not stop", e);
        }
        if (endpoint.scheme() == RestEndpoint.Scheme.UNIX) {
            try {
                Files.deleteIfExists(Path.of(endpoint.socketPath()));
            } catch (IOException ignored) {
                // Already gone is what we want.
            }
        }
    }
}

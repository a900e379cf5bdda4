package dev.vfkit4j.client;

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
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for krunkit 1.2.1, run as its own process through {@link FakeVfkitExecutable#createKrunkit}: it serves
 * krunkit's status listener (containers/krunkit {@code src/status.rs}) byte for byte and shuts its VM down on the first
 * {@code POST}, as krunkit does.
 *
 * <p>What krunkit's listener does, and so this fake: one connection at a time; a single read of at most 4096 bytes;
 * if those bytes contain {@code POST} anywhere, it writes the "stopping" answer and signals libkrun's shutdown eventfd
 * (the guest shuts down and krunkit exits), otherwise it writes the "running" answer — for every path and method,
 * {@code /vm/inspect} included; then it closes the connection. The answers have no Content-Length (the close ends
 * them) and end with a NUL byte. A Unix socket path that exists is removed before krunkit binds it. The REST listener
 * starts before the pidfile is written and the VM runs.
 *
 * <p>{@code FAKE_VFKIT_RECORD} records argv as for {@link FakeVfkit}. It ends itself after a minute.
 */
public final class FakeKrunkit {
    static final String RUNNING = "HTTP/1.1 200 OK\r\nContent-type: application/json\r\n\r\n"
            + "{\"state\": \"VirtualMachineStateRunning\"}\0";
    static final String STOPPING = "HTTP/1.1 200 OK\r\nContent-type: application/json\r\n\r\n"
            + "{\"state\": \"VirtualMachineStateStopping\"}\0";
    private static final Pattern URI = Pattern.compile("^(?<scheme>none|tcp|unix)://(?<value>.*)", Pattern.DOTALL);
    private static final Duration GUEST_SHUTDOWN = Duration.ofMillis(100);

    private FakeKrunkit() {
    }

    public static void main(String[] args) throws Exception {
        FakeVfkit.endItselfAfter(Duration.ofSeconds(60));
        FakeVfkit.record(args);
        String uri = flag(args, "--restful-uri");
        String pidFile = flag(args, "--pidfile");

        ServerSocketChannel listener = uri == null ? null : listen(uri);
        CountDownLatch shutdown = new CountDownLatch(1);
        if (listener != null) {
            Thread status = new Thread(() -> serve(listener, shutdown), "krunkit-status");
            status.setDaemon(true);
            status.start();
        }
        if (pidFile != null) {
            Files.writeString(Path.of(pidFile), Long.toString(ProcessHandle.current().pid()));
        }
        FakeVfkit.log("info", "fake krunkit: VM running");
        shutdown.await();
        Thread.sleep(GUEST_SHUTDOWN.toMillis());
        System.exit(0);
    }

    /** krunkit's listener loop: for each connection, one read, one answer, close. */
    private static void serve(ServerSocketChannel listener, CountDownLatch shutdown) {
        while (true) {
            try (SocketChannel connection = listener.accept()) {
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                connection.read(buffer);
                String request = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
                if (request.contains("POST")) {
                    write(connection, STOPPING);
                    shutdown.countDown();
                } else {
                    write(connection, RUNNING);
                }
            } catch (IOException e) {
                FakeVfkit.log("error", "Failure handling stream: " + e.getMessage());
            }
        }
    }

    private static void write(SocketChannel connection, String answer) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            connection.write(bytes);
        }
    }

    /** krunkit's RestfulUri: none, tcp (IPv4 or localhost, and a port) or unix; anything else is refused. */
    private static ServerSocketChannel listen(String uri) throws IOException {
        Matcher matcher = URI.matcher(uri);
        if (!matcher.matches()) {
            fail("invalid value '" + uri + "' for '--restful-uri <RESTFUL_URI>': invalid scheme input");
        }
        String value = matcher.group("value");
        switch (matcher.group("scheme")) {
            case "tcp": {
                String[] parts = value.split(":", -1);
                if (parts.length != 2) {
                    fail("invalid value '" + uri + "' for '--restful-uri <RESTFUL_URI>': restful URI formatted"
                            + " incorrectly");
                }
                String host = parts[0].equals("localhost") ? "127.0.0.1" : parts[0];
                ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.INET);
                listener.bind(new InetSocketAddress(InetAddress.getByName(host), Integer.parseInt(parts[1])));
                return listener;
            }
            case "unix": {
                if (value.isEmpty()) {
                    fail("invalid value '" + uri + "' for '--restful-uri <RESTFUL_URI>': empty unix socket path");
                }
                Files.deleteIfExists(Path.of(value));
                ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                listener.bind(UnixDomainSocketAddress.of(value));
                return listener;
            }
            default:
                return null;
        }
    }

    private static String flag(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}

package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.VirtualMachine;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client needs no logging library and writes nothing to stderr by itself: run in a JVM whose class path holds
 * only the client, the runtime and Jackson (no SLF4J, no Jetty), it talks to vfkit and stays silent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QuietByDefaultTest {

    @Test
    void aClientWithNothingButItsDependenciesIsQuiet() throws Exception {
        String state = "{\"canHardStop\":true,\"canPause\":true,\"canResume\":false,\"canStart\":false,"
                + "\"canStop\":true,\"state\":\"VirtualMachineStateRunning\"}";
        try (ScriptedServer server = ScriptedServer.tcp(ScriptedServer.answers(VfkitClientTest.ok(state)))) {
            List<String> classPath = new ArrayList<>();
            for (Class<?> type : List.of(QuietClientMain.class, VfkitClient.class, VirtualMachine.class,
                    dev.vfkit4j.annotations.Option.class, tools.jackson.databind.ObjectMapper.class,
                    tools.jackson.core.JsonParser.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
                classPath.add(location(type));
            }
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(File.pathSeparator, classPath), QuietClientMain.class.getName(),
                    server.endpoint().toUri()).start();
            String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.waitFor(), stderr);
            assertEquals("VirtualMachineStateRunning\n", stdout);
            assertEquals("", stderr);
        }
    }

    @Test
    void itsLogsReachTheApplicationsLoggingWhenAskedFor() throws Exception {
        String state = "{\"canHardStop\":true,\"canPause\":true,\"canResume\":false,\"canStart\":false,"
                + "\"canStop\":true,\"state\":\"VirtualMachineStateRunning\"}";
        // What docs/launching.md tells an application to do: java.util.logging, logger dev.vfkit4j.client, FINE.
        Logger logger = Logger.getLogger("dev.vfkit4j.client");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        try (ScriptedServer server = ScriptedServer.tcp(ScriptedServer.answers(VfkitClientTest.ok(state)));
                VfkitClient client = VfkitClient.of(server.endpoint())) {
            client.state();
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
        assertTrue(records.stream().anyMatch(record -> record.getLevel() == Level.FINE
                && record.getMessage().endsWith("GET /vm/state: 200")), records::toString);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}

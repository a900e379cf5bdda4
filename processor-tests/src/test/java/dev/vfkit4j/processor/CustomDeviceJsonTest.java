package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.json.VfkitJsonModule;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.Components;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own device, annotated and compiled by the vfkit4j processor, is read and written with its own kind by a
 * module built from the descriptors the class loader finds, with no registration code: a mapper of the user's own,
 * made as {@code VfkitJsonModule}'s documentation says.
 *
 * <p>The device is compiled here, into its own class loader, rather than kept in the test sources: there it would be
 * registered for every test in the run and change what they see of the built-in devices.
 */
class CustomDeviceJsonTest {
    private static final String SOURCE = """
            package com.example.vfkit;

            import dev.vfkit4j.Device;
            import dev.vfkit4j.annotations.Default;
            import dev.vfkit4j.annotations.Flag;
            import dev.vfkit4j.annotations.Json;
            import dev.vfkit4j.annotations.Key;
            import dev.vfkit4j.annotations.Option;
            import dev.vfkit4j.annotations.Range;
            import dev.vfkit4j.annotations.VfkitDevice;
            import java.time.Duration;

            /** A sound card, as a fork of vfkit could add it. */
            @VfkitDevice(name = "virtio-snd", kind = "virtiosnd", jsonDevName = true, doc = "A sound card.")
            public record VirtioSound(
                    @Option(value = "stream", doc = "output or input") @Default("output") @Json("stream")
                    Stream stream,
                    @Option(value = "latency", doc = "buffer latency in ms") @Default("20")
                    @Range(min = 1, max = 1000) @Json("latencyNs") Duration latency,
                    @Option(value = "channels", doc = "channels") @Default("2") @Range(min = 1, max = 8)
                    @Json(value = "channels", omitEmpty = true) Integer channels,
                    @Flag(value = "muted", doc = "start muted") @Json(value = "muted", omitEmpty = true)
                    boolean muted,
                    @Option(value = "label", doc = "a label") @Json("label") String label) implements Device {

                public enum Stream {
                    @Key("output") OUTPUT,
                    @Key("input") INPUT
                }
            }
            """;

    @TempDir
    static Path classes;

    private static URLClassLoader loader;
    private static JsonMapper mapper;

    @BeforeAll
    static void compileTheDevice() throws IOException {
        Compilation compilation = ProcessorCompiler.compile(
                JavaFileObjects.forSourceString("com.example.vfkit.VirtioSound", SOURCE));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.SOURCE) {
                copy(file, classes);
            }
        }
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, CustomDeviceJsonTest.class.getClassLoader());
        List<ComponentDescriptor<?>> descriptors = new ArrayList<>();
        for (ComponentDescriptor<?> descriptor : ServiceLoader.load(ComponentDescriptor.class, loader)) {
            descriptors.add(descriptor);
        }
        mapper = JsonMapper.builder()
                .addModule(new VfkitJsonModule(Components.of(descriptors)))
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .build();
    }

    @AfterAll
    static void closeTheLoader() throws IOException {
        loader.close();
    }

    /** A class file or the service file, at its path under the class output. */
    private static void copy(JavaFileObject file, Path root) {
        String path = file.toUri().getPath();
        String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
        Path target = root.resolve(relative);
        try (InputStream in = file.openInputStream()) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StringIndexOutOfBoundsException e) {
            throw new IllegalStateException("unexpected output location " + file.toUri(), e);
        }
    }

    private static Device device(String json) {
        return mapper.readValue(json, Device.class);
    }

    @Test
    void theDeviceIsReadWithItsKindAndDefaults() {
        Device sound = device("{\"kind\":\"virtiosnd\",\"stream\":\"input\",\"latencyNs\":5000000,\"label\":\"mic\"}");
        assertEquals("com.example.vfkit.VirtioSound", sound.getClass().getName());
        assertEquals(mapper.readTree("{\"kind\":\"virtiosnd\",\"devName\":\"virtio-snd\",\"stream\":\"input\","
                + "\"latencyNs\":5000000,\"channels\":2,\"label\":\"mic\"}"),
                mapper.readTree(mapper.writeValueAsString(sound)));
    }

    @Test
    void aVmWithTheDeviceRoundTrips() {
        String json = "{\"vcpus\":2,\"memoryBytes\":1073741824,\"bootloader\":{\"kind\":\"efiBootloader\","
                + "\"efiVariableStorePath\":\"/efi\"},\"devices\":[{\"kind\":\"virtiorng\"},{\"kind\":\"virtiosnd\","
                + "\"stream\":\"output\",\"latencyNs\":20000000,\"channels\":8,\"muted\":true,\"label\":\"\"}]}";
        VirtualMachine vm = mapper.readValue(json, VirtualMachine.class);
        assertEquals(vm, mapper.readValue(mapper.writeValueAsString(vm), VirtualMachine.class));
    }

    @Test
    void theDeviceIsCheckedByItsOwnRules() {
        ConfigException latency = assertThrows(ConfigException.class, () -> device("{\"kind\":\"virtiosnd\","
                + "\"latencyNs\":2000000000}"));
        assertEquals("$.latencyNs", latency.component());
        ConfigException stream = assertThrows(ConfigException.class, () -> device("{\"kind\":\"virtiosnd\","
                + "\"stream\":\"both\",\"latencyNs\":1000000}"));
        assertEquals("$.stream", stream.component());
        ConfigException devName = assertThrows(ConfigException.class, () -> device("{\"kind\":\"virtiosnd\","
                + "\"devName\":\"virtio-blk\",\"latencyNs\":1000000}"));
        assertEquals("$.devName", devName.component());
    }

    @Test
    void theKindComesFromTheDescriptorsTheModuleWasGiven() {
        // The shared mapper was built from the application class path, where this device does not exist.
        ConfigException unknown = assertThrows(ConfigException.class, () -> Device.fromJson(
                "{\"kind\":\"virtiosnd\",\"latencyNs\":1000000}"));
        assertEquals("$.kind", unknown.component());
    }
}

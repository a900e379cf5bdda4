package dev.vfkit4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Runs the code generated for the golden fixtures, through the runtime's {@link ComponentDescriptor} as the runtime
 * would. The goldens pin the text; these tests pin behaviour that text comparison cannot show, chiefly defaults that
 * apply only under a condition.
 */
class GeneratedCodeTest {

    @Test
    void sizesDefaultTogetherWhenNeitherIsGiven() {
        Object gpu = parse(Fixture.GPU, "");

        assertThat(value(Fixture.GPU, gpu, "width")).isEqualTo(800);
        assertThat(value(Fixture.GPU, gpu, "height")).isEqualTo(600);
    }

    @Test
    void givenSizesAreKept() {
        Object gpu = parse(Fixture.GPU, "height=1080,width=1920");

        assertThat(value(Fixture.GPU, gpu, "width")).isEqualTo(1920);
        assertThat(value(Fixture.GPU, gpu, "height")).isEqualTo(1080);
    }

    /** The builder once unboxed the unset width ({@code cond ? 800 : this.width}) and threw NullPointerException. */
    @Test
    void oneSizeWithoutTheOtherIsReportedAsMissingNotAsACrash() {
        ConfigException error = assertThrows(ConfigException.class, () -> parse(Fixture.GPU, "height=1080"));

        assertThat(error).hasMessageThat().isEqualTo("test-gpu: option 'width': is required");
    }

    /** An on/off option whose default applies only beside another option: unset, it must read as off. */
    @Test
    void vfkitMagicIsOffWithoutASocketPath() {
        Object net = parse(Fixture.NET, "nat");

        assertThat(value(Fixture.NET, net, "vfkitMagic")).isEqualTo(false);
        assertThat(descriptor(Fixture.NET).toCmdLine(net)).containsExactly("--device", "test-net,nat").inOrder();
    }

    @Test
    void vfkitMagicDefaultsOnBesideASocketPath() {
        Object net = parse(Fixture.NET, "unixSocketPath=/tmp/net.sock");

        assertThat(value(Fixture.NET, net, "vfkitMagic")).isEqualTo(true);
        assertThat(descriptor(Fixture.NET).toCmdLine(net))
                .containsExactly("--device", "test-net,unixSocketPath=/tmp/net.sock,vfkitMagic=on").inOrder();
    }

    @Test
    void aKeyThatRequiresAnotherIsRefusedAlone() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> parse(Fixture.NET, "path=/tmp/net.sock"));

        assertThat(error).hasMessageThat().isEqualTo("test-net: option 'path': 'path' requires 'type' to be given too");
    }

    @Test
    void choiceDefaultsAndPrintsInDeclarationOrder() {
        Object vsock = parse(Fixture.VSOCK, "socketURL=/tmp/vsock.sock,port=1025");

        assertThat(descriptor(Fixture.VSOCK).toCmdLine(vsock))
                .containsExactly("--device", "test-vsock,port=1025,socketURL=/tmp/vsock.sock,listen").inOrder();
    }

    /** A {@code java.nio.file.Path} option reads as a path, prints as its text, and is unset when empty. */
    @Test
    void aPathOptionParsesAndPrintsAsItsText() {
        Object disk = parse(Fixture.DISK, "path=/vm/disk.img,log=/var/log/disk.log");

        assertThat(value(Fixture.DISK, disk, "log")).isEqualTo(Path.of("/var/log/disk.log"));
        assertThat(descriptor(Fixture.DISK).toCmdLine(disk))
                .containsExactly("--device", "test-blk,path=/vm/disk.img,timeout=15000,log=/var/log/disk.log")
                .inOrder();
        assertThat(value(Fixture.DISK, parse(Fixture.DISK, "path=/vm/disk.img,log="), "log")).isNull();
    }

    private static Object parse(Fixture fixture, String options) {
        return descriptor(fixture).fromOptions(OptionReader.of(options));
    }

    private static Object value(Fixture fixture, Object component, String option) {
        for (OptionDescriptor<Object, ?> descriptor : descriptor(fixture).options()) {
            if (descriptor.name().equals(option)) {
                return descriptor.valueIn(component);
            }
        }
        throw new AssertionError("no option " + option + " in " + fixture);
    }

    private static final Map<Fixture, ComponentDescriptor<Object>> DESCRIPTORS = new HashMap<>();

    /** The fixture's generated descriptor, loaded from the class files of its shared compilation. */
    @SuppressWarnings("unchecked")
    private static synchronized ComponentDescriptor<Object> descriptor(Fixture fixture) {
        return DESCRIPTORS.computeIfAbsent(fixture, f -> {
            Compilation compilation = f.compilation();
            assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
            try {
                Class<?> type = new CompiledClasses(compilation).loadClass("test.golden." + f.recordName()
                        + "Descriptor");
                return (ComponentDescriptor<Object>) type.getField("INSTANCE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Defines the classes javac wrote in memory; everything else (the runtime) comes from the test class path. */
    private static final class CompiledClasses extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        CompiledClasses(Compilation compilation) {
            super(CompiledClasses.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath();
                    String binaryName = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                            path.length() - ".class".length()).replace('/', '.');
                    classes.put(binaryName, bytes(file));
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        private static byte[] bytes(JavaFileObject file) {
            try (InputStream in = file.openInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

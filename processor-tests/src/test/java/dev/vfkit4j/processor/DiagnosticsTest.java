package dev.vfkit4j.processor;

import static dev.vfkit4j.processor.ExpectedError.assertOnlyError;
import static dev.vfkit4j.processor.ExpectedError.error;
import static dev.vfkit4j.processor.ExpectedError.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One or more negative tests per error in the processor's {@code Diagnostic} catalogue: each compiles a small inline
 * record and asserts vfkit4j's only error exactly — its {@code [vfkit4j.tag]}, text and fix — and that it points at
 * the annotation, value or declaration at fault (see {@link ExpectedError}).
 *
 * <p>{@code INTERNAL_ERROR} has no test: it is what the processor reports instead of crashing, and no input is known
 * to reach it ({@link RobustnessTest} checks that none of the inputs here does).
 */
class DiagnosticsTest {

    private static Compilation compile(JavaFileObject... sources) {
        return ProcessorCompiler.compile(sources);
    }

    @Nested
    class TheRecord {
        @Test
        void mustBeARecord() {
            JavaFileObject file = source("Plain", """
                    @VfkitDevice(name = "test-plain", kind = "testplain")
                    public class Plain implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@VfkitDevice",
                    error("[vfkit4j.not-a-record] @VfkitDevice must be placed on a record, not on class Plain"));
        }

        @Test
        void mustBeReadableFromItsPackage() {
            JavaFileObject file = source("Outer", """
                    public class Outer {
                        @VfkitDevice(name = "test-hidden", kind = "testhidden")
                        private record Hidden(@Option("path") String path) implements Device {
                        }
                    }
                    """);

            assertOnlyError(compile(file), file, "record Hidden",
                    error("[vfkit4j.not-accessible] Hidden is private: the generated code in package test cannot read"
                            + " it"));
        }

        @Test
        void mustNotBeNestedInAPrivateClass() {
            JavaFileObject file = source("Shell", """
                    public class Shell {
                        private static class Inner {
                            @VfkitDevice(name = "test-inner", kind = "testinner")
                            record Nested(@Option("path") String path) implements Device {
                            }
                        }
                    }
                    """);

            assertOnlyError(compile(file), file, "class Inner",
                    error("[vfkit4j.not-accessible] Inner is private: the generated code in package test cannot read"
                            + " it"));
        }

        @Test
        void aDeviceMustImplementDevice() {
            JavaFileObject file = source("Loose", """
                    @VfkitDevice(name = "test-loose", kind = "testloose")
                    public record Loose(@Option("path") String path) {
                    }
                    """);

            assertOnlyError(compile(file), file, "@VfkitDevice",
                    "[vfkit4j.wrong-interface] @VfkitDevice record Loose must implement dev.vfkit4j.Device. Fix: add"
                            + " 'implements dev.vfkit4j.Device' to the record");
        }

        @Test
        void aBootloaderMustImplementBootloader() {
            JavaFileObject file = source("Boot", """
                    @VfkitBootloader(name = "test-boot", kind = "testBoot")
                    public record Boot(@Option("kernel") String kernel) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@VfkitBootloader",
                    "[vfkit4j.wrong-interface] @VfkitBootloader record Boot must implement dev.vfkit4j.Bootloader."
                            + " Fix: add 'implements dev.vfkit4j.Bootloader' to the record");
        }

        /** Else the Filer refuses one of the four files halfway, and the user gets a stack trace. */
        @Test
        void cannotShareItsGeneratedNamesWithTheUsersTypes() {
            JavaFileObject file = source("Disk", """
                    @VfkitDevice(name = "test-disk", kind = "testdisk")
                    public record Disk(@Option("path") String path) implements Device {
                    }
                    class DiskBuilder {
                    }
                    """);

            assertOnlyError(compile(file), file, "record Disk",
                    error("[vfkit4j.name-taken] test.DiskBuilder already exists, but vfkit4j generates it for Disk"));
        }

        @Test
        void isEitherADeviceOrABootloader() {
            JavaFileObject file = source("Both", """
                    @VfkitDevice(name = "test-both", kind = "testboth")
                    @VfkitBootloader(name = "test-both", kind = "testBoth")
                    public record Both(@Option("path") String path) implements Device, Bootloader {
                    }
                    """);

            assertOnlyError(compile(file), file, "@VfkitBootloader",
                    error("[vfkit4j.both-roles] record Both is annotated with both @VfkitDevice and @VfkitBootloader"));
        }
    }

    @Nested
    class NamesAndKinds {
        @Test
        void aNameCannotHoldWhiteSpace() {
            JavaFileObject file = source("Spaced", """
                    @VfkitDevice(name = "test spaced", kind = "testspaced")
                    public record Spaced(@Option("path") String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"test spaced\"",
                    error("[vfkit4j.invalid-name] name 'test spaced' is not a valid device name"));
        }

        @Test
        void aKindCannotHoldAComma() {
            JavaFileObject file = source("Split", """
                    @VfkitDevice(name = "test-split", kind = "test,split")
                    public record Split(@Option("path") String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"test,split\"",
                    error("[vfkit4j.invalid-name] kind 'test,split' is not a valid JSON kind"));
        }

        @Test
        void twoDevicesCannotShareAName() {
            JavaFileObject first = source("First", """
                    @VfkitDevice(name = "test-twin", kind = "testfirst")
                    public record First(@Option("path") String path) implements Device {
                    }
                    """);
            JavaFileObject second = source("Second", """
                    @VfkitDevice(name = "test-twin", kind = "testsecond")
                    public record Second(@Option("path") String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(first, second), second, "\"test-twin\"",
                    error("[vfkit4j.duplicate-component] device name 'test-twin' is already declared by test.First"));
        }

        @Test
        void twoDevicesCannotShareAKind() {
            JavaFileObject first = source("Left", """
                    @VfkitDevice(name = "test-left", kind = "testtwin")
                    public record Left(@Option("path") String path) implements Device {
                    }
                    """);
            JavaFileObject second = source("Right", """
                    @VfkitDevice(name = "test-right", kind = "testtwin")
                    public record Right(@Option("path") String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(first, second), second, "\"testtwin\"",
                    error("[vfkit4j.duplicate-component] device kind 'testtwin' is already declared by test.Left"));
        }

        /** The built-in devices in dev.vfkit4j.devices are on the class path, as they are in a user's build. */
        @Test
        void aDeviceCannotTakeABuiltInName() {
            JavaFileObject file = source("MyRng", """
                    @VfkitDevice(name = "virtio-rng", kind = "myrng")
                    public record MyRng(@Option("source") String source) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"virtio-rng\"",
                    error("[vfkit4j.duplicate-component] device name 'virtio-rng' is already declared by"
                            + " dev.vfkit4j.devices.VirtioRng"));
        }

        @Test
        void aDeviceCannotTakeABuiltInKind() {
            JavaFileObject file = source("MyVsock", """
                    @VfkitDevice(name = "my-vsock", kind = "virtiosock")
                    public record MyVsock(@Option("port") Long port) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"virtiosock\"",
                    error("[vfkit4j.duplicate-component] device kind 'virtiosock' is already declared by"
                            + " dev.vfkit4j.devices.VirtioVsock"));
        }

        /** The built-in bootloaders, in dev.vfkit4j.bootloaders, are taken too. */
        @Test
        void aBootloaderCannotTakeABuiltInName() {
            JavaFileObject file = source("MyEfi", """
                    @VfkitBootloader(name = "efi", kind = "myEfiBootloader")
                    public record MyEfi(@Option("store") String store) implements Bootloader {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"efi\"",
                    error("[vfkit4j.duplicate-component] bootloader name 'efi' is already declared by"
                            + " dev.vfkit4j.bootloaders.EfiBootloader"));
        }

        @Test
        void twoBootloadersCannotShareAName() {
            JavaFileObject file = source("Loaders", """
                    @VfkitBootloader(name = "test-loader", kind = "testLoaderA")
                    record LoaderA(@Option("kernel") String kernel) implements Bootloader {
                    }
                    @VfkitBootloader(name = "test-loader", kind = "testLoaderB")
                    record LoaderB(@Option("kernel") String kernel) implements Bootloader {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"test-loader\", kind = \"testLoaderB\"",
                    error("[vfkit4j.duplicate-component] bootloader name 'test-loader' is already declared by"
                            + " test.LoaderA"));
        }
    }

    @Nested
    class RecordComponents {
        @Test
        void everyComponentIsAnOptionOrJsonState() {
            JavaFileObject file = source("Bare", """
                    @VfkitDevice(name = "test-bare", kind = "testbare")
                    public record Bare(@Option("path") String path, String serial) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "serial",
                    error("[vfkit4j.missing-annotation] record component 'serial' is not an option: it has no"
                            + " @Option, @Flag, @Choice or @Json"));
        }

        @Test
        void aComponentIsOneKindOfOption() {
            JavaFileObject file = source("Twice", """
                    @VfkitDevice(name = "test-twice", kind = "testtwice")
                    public record Twice(
                            @Option("ro") @Flag("readonly") boolean readOnly) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Flag",
                    error("[vfkit4j.conflicting-annotations] record component 'readOnly' has both @Option and @Flag"));
        }

        @Test
        void anOptionHasASupportedType() {
            JavaFileObject file = source("Sized", """
                    @VfkitDevice(name = "test-sized", kind = "testsized")
                    public record Sized(
                            @Option("size") double size) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Option(\"size\")",
                    error("[vfkit4j.unsupported-type] @Option 'size' has unsupported type double"));
        }

        @Test
        void jsonStateHasASupportedTypeToo() {
            JavaFileObject file = source("Tagged", """
                    @VfkitDevice(name = "test-tagged", kind = "testtagged")
                    public record Tagged(
                            @Json("tags") List<String> tags) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Json",
                    error("[vfkit4j.unsupported-type] @Json 'tags' has unsupported type"
                            + " java.util.List<java.lang.String>"));
        }

        @Test
        void aFlagIsAPrimitiveBoolean() {
            JavaFileObject file = source("Boxed", """
                    @VfkitDevice(name = "test-boxed", kind = "testboxed")
                    public record Boxed(
                            @Flag("readonly") Boolean readOnly) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Flag",
                    error("[vfkit4j.flag-not-boolean] @Flag 'readOnly' is on a component of type java.lang.Boolean"));
        }

        @Test
        void aChoiceIsAnEnum() {
            JavaFileObject file = source("Chosen", """
                    @VfkitDevice(name = "test-chosen", kind = "testchosen")
                    public record Chosen(
                            @Choice String direction) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Choice",
                    error("[vfkit4j.choice-not-enum] @Choice 'direction' is on a component of type java.lang.String"));
        }

        @Test
        void aPrimitiveNumberMustAlwaysHaveAValue() {
            JavaFileObject file = source("Port", """
                    @VfkitDevice(name = "test-port", kind = "testport")
                    public record Port(@Option("port") long port) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "port)",
                    "[vfkit4j.primitive-optional] option 'port' has primitive type long but may be unset. Fix: add"
                            + " @Required or an unconditional @Default, or use the boxed type java.lang.Long so that"
                            + " null means unset");
        }

        /** A default that applies only sometimes leaves the value unset the other times. */
        @Test
        void aConditionalDefaultDoesNotMakeAPrimitiveSafe() {
            JavaFileObject file = source("Screen", """
                    @VfkitDevice(name = "test-screen", kind = "testscreen")
                    public record Screen(
                            @Option("width") @Default(value = "800", unlessSet = "height") int width,
                            @Option("height") @Required int height) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "width,",
                    "[vfkit4j.primitive-optional] option 'width' has primitive type int but may be unset. Fix: add"
                            + " @Required or an unconditional @Default, or use the boxed type java.lang.Integer so"
                            + " that null means unset");
        }

        @Test
        void anOptionOutsideAComponentRecordIsReported() {
            JavaFileObject file = source("Unmarked", """
                    public record Unmarked(
                            @Option("path") String path) {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Option",
                    error("[vfkit4j.orphan-annotation] @Option on 'path' has no effect: Unmarked is not annotated"
                            + " with @VfkitDevice or @VfkitBootloader"));
        }
    }

    @Nested
    class Keys {
        @Test
        void anEnumConstantNeedsAKey() {
            JavaFileObject file = source("Disk", """
                    @VfkitDevice(name = "test-disk", kind = "testdisk")
                    public record Disk(@Option("sync") Sync sync) implements Device {
                        public enum Sync { @Key("full") FULL, FSYNC }
                    }
                    """);

            assertOnlyError(compile(file), file, "FSYNC",
                    error("[vfkit4j.missing-key] enum constant Sync.FSYNC has no @Key"));
        }

        @Test
        void anOptionKeyCannotHoldWhiteSpace() {
            JavaFileObject file = source("Socket", """
                    @VfkitDevice(name = "test-socket", kind = "testsocket")
                    public record Socket(
                            @Option("socket path") String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"socket path\"",
                    error("[vfkit4j.invalid-key] 'socket path' is not a valid option key"));
        }

        @Test
        void anEnumKeyCannotHoldAnEqualsSign() {
            JavaFileObject file = source("Cache", """
                    @VfkitDevice(name = "test-cache", kind = "testcache")
                    public record Cache(@Option("cache") Mode cache) implements Device {
                        public enum Mode { @Key("on=demand") ON_DEMAND }
                    }
                    """);

            assertOnlyError(compile(file), file, "\"on=demand\"",
                    error("[vfkit4j.invalid-key] 'on=demand' is not a valid option key"));
        }

        @Test
        void twoOptionsCannotShareAKey() {
            JavaFileObject file = source("Paths", """
                    @VfkitDevice(name = "test-paths", kind = "testpaths")
                    public record Paths(
                            @Option("path") String image,
                            @Option("path") String cache) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"path\") String cache",
                    error("[vfkit4j.duplicate-key] key 'path' of 'cache' is already used by 'image' (line 5)"));
        }

        @Test
        void anAliasCannotTakeAnotherOptionsKey() {
            JavaFileObject file = source("Aliased", """
                    @VfkitDevice(name = "test-aliased", kind = "testaliased")
                    public record Aliased(
                            @Option("socket") String socketPath,
                            @Option(value = "path", aliases = {"file", "socket"}) String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"socket\"}",
                    error("[vfkit4j.duplicate-key] key 'socket' of 'path' is already used by 'socketPath' (line 5)"));
        }

        @Test
        void twoEnumConstantsCannotShareAKey() {
            JavaFileObject file = source("Speedy", """
                    @VfkitDevice(name = "test-speedy", kind = "testspeedy")
                    public record Speedy(@Option("speed") Speed speed) implements Device {
                        public enum Speed { @Key("fast") FAST, @Key("fast") FASTER }
                    }
                    """);

            assertOnlyError(compile(file), file, "\"fast\") FASTER",
                    error("[vfkit4j.duplicate-key] key 'fast' of 'Speed.FASTER' is already used by 'Speed.FAST'"
                            + " (line 5)"));
        }

        @Test
        void aChoiceKeyCannotTakeAnOptionsKey() {
            JavaFileObject file = source("Vsock", """
                    @VfkitDevice(name = "test-vsock", kind = "testvsock")
                    public record Vsock(
                            @Option("listen") String listenAddress,
                            @Choice Direction direction) implements Device {
                        public enum Direction { @Key("listen") LISTEN, @Key("connect") CONNECT }
                    }
                    """);

            assertOnlyError(compile(file), file, "@Choice",
                    error("[vfkit4j.duplicate-key] key 'listen' of 'direction' is already used by 'listenAddress'"
                            + " (line 5)"));
        }

        @Test
        void aSyntaxKeyCannotTakeAnOptionsKey() {
            JavaFileObject file = source("Typed", """
                    @VfkitDevice(name = "test-typed", kind = "testtyped")
                    @Syntax(key = "type", values = "unixgram")
                    public record Typed(@Option("type") String socketType) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"type\", values",
                    error("[vfkit4j.duplicate-key] key 'type' of '@Syntax' is already used by 'socketType' (line 5)"));
        }
    }

    @Nested
    class KeysNamedByOtherAnnotations {
        @Test
        void aDefaultsConditionNamesAnOptionAndSuggestsTheClosest() {
            JavaFileObject file = source("Gpu", """
                    @VfkitDevice(name = "test-gpu", kind = "testgpu")
                    public record Gpu(
                            @Option("width") @Default(value = "800", unlessSet = "heigth") Integer width,
                            @Option("height") Integer height) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"heigth\"",
                    "[vfkit4j.unknown-key] 'heigth' is not a key of test-gpu (did you mean 'height'?). Fix: name one"
                            + " of: width, height");
        }

        @Test
        void anExclusiveGroupNamesOptions() {
            JavaFileObject file = source("Net", """
                    @VfkitDevice(name = "test-net", kind = "testnet")
                    @Exclusive({"nat", "fdd"})
                    public record Net(
                            @Flag("nat") boolean nat,
                            @Option("fd") Integer fd) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"fdd\"",
                    "[vfkit4j.unknown-key] 'fdd' is not a key of test-net (did you mean 'fd'?). Fix: name one of:"
                            + " nat, fd");
        }

        /** The second of two repeated annotations: javac's Messager alone would point at the record. */
        @Test
        void aRequirementNamesKeysAndIsReportedOnTheRightAnnotation() {
            JavaFileObject file = source("Linked", """
                    @VfkitDevice(name = "test-linked", kind = "testlinked")
                    @Syntax(key = "type", values = "unixgram")
                    @Requires(key = "path", needs = "type")
                    @Requires(key = "socket", needs = "tpye")
                    public record Linked(
                            @Option("path") String path,
                            @Option("socket") String socket) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"tpye\"",
                    "[vfkit4j.unknown-key] 'tpye' is not a key of test-linked (did you mean 'type'?). Fix: name one"
                            + " of: path, socket, type");
        }

        @Test
        void anUnknownKeyWithNothingCloseGetsNoSuggestion() {
            JavaFileObject file = source("Lonely", """
                    @VfkitDevice(name = "test-lonely", kind = "testlonely")
                    @Requires(key = "zzz", needs = "path")
                    public record Lonely(@Option("path") String path) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"zzz\"",
                    "[vfkit4j.unknown-key] 'zzz' is not a key of test-lonely. Fix: name one of: path");
        }

        /** An int with a default always holds a value: "at most one" would fail whenever nat is given. */
        @Test
        void anExclusiveGroupHoldsOnlyOptionsThatCanBeUnset() {
            JavaFileObject file = source("Attached", """
                    @VfkitDevice(name = "test-attached", kind = "testattached")
                    @Exclusive({"nat", "fd"})
                    public record Attached(
                            @Flag("nat") boolean nat,
                            @Option("fd") @Default("3") int fd) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"fd\"}",
                    "[vfkit4j.exclusive-always-set] 'fd' cannot be in an @Exclusive group: as a primitive int it is"
                            + " always set. Fix: declare it as java.lang.Integer, so that null means unset");
        }

        @Test
        void anExclusiveGroupHasAtLeastTwoOptions() {
            JavaFileObject file = source("Solo", """
                    @VfkitDevice(name = "test-solo", kind = "testsolo")
                    @Exclusive("nat")
                    public record Solo(@Flag("nat") boolean nat) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "\"nat\")\npublic",
                    error("[vfkit4j.exclusive-too-small] @Exclusive needs at least two options, got [nat]"));
        }
    }

    @Nested
    class Defaults {
        /** Each default is checked as the command line would read it, and the error points at its text. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.vfkit4j.processor.DiagnosticsTest#defaultsThatDoNotParse")
        void aDefaultMustParse(String component, String defaultText, String problem) {
            JavaFileObject file = source("Defaulted", """
                    @VfkitDevice(name = "test-defaulted", kind = "testdefaulted")
                    public record Defaulted(
                            %s) implements Device {
                        public enum Mode { @Key("listen") LISTEN, @Key("connect") CONNECT }
                    }
                    """.formatted(component));

            assertOnlyError(compile(file), file, "\"" + defaultText + "\"",
                    "[vfkit4j.bad-default] @Default(\"" + defaultText + "\") of 'value' does not parse: " + problem
                            + ". Fix: write the default as it would be written on vfkit's command line");
        }
    }

    static Stream<Arguments> defaultsThatDoNotParse() {
        return Stream.of(
                Arguments.of("@Option(\"v\") @Default(\"12k\") Integer value", "12k", "not a decimal number"),
                Arguments.of("@Option(\"v\") @Default(\"0\") @Range(min = 1, max = 9) Long value", "0",
                        "outside [1, 9]"),
                Arguments.of("@Option(\"v\") @Default(\"yes\") Boolean value", "yes", "expected 'on' or 'off'"),
                Arguments.of("@Option(\"v\") @Default(\"5a:94:ef\") MacAddress value", "5a:94:ef",
                        "not a 6-byte MAC address"),
                Arguments.of("@Choice @Default(\"accept\") Mode value", "accept", "expected one of [listen, connect]"),
                Arguments.of("@Option(\"v\") @Default(\"\") String value", "", "an empty text means 'not set'"));
    }

    @Nested
    class MisplacedAnnotations {
        @ParameterizedTest(name = "{1}")
        @MethodSource("dev.vfkit4j.processor.DiagnosticsTest#misplacedAnnotations")
        void anAnnotationThatDoesNotApplyIsReportedOnIt(String component, String at, String message) {
            JavaFileObject file = source("Misplaced", """
                    @VfkitDevice(name = "test-misplaced", kind = "testmisplaced")
                    public record Misplaced(
                            %s) implements Device {
                        public enum Mode { @Key("listen") LISTEN, @Key("connect") CONNECT }
                    }
                    """.formatted(component));

            assertOnlyError(compile(file), file, at, "[vfkit4j.misplaced-annotation] " + message);
        }

        @Test
        void aRangeIsNotEmpty() {
            JavaFileObject file = source("Ranged", """
                    @VfkitDevice(name = "test-ranged", kind = "testranged")
                    public record Ranged(
                            @Option("cpus") @Range(min = 10, max = 1) Integer cpus) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Range",
                    error("[vfkit4j.bad-range] @Range of 'cpus' is empty or does not fit java.lang.Integer: [10, 1]"));
        }

        @Test
        void aRangeFitsItsType() {
            JavaFileObject file = source("Wide", """
                    @VfkitDevice(name = "test-wide", kind = "testwide")
                    public record Wide(
                            @Option("port") @Range(min = 0, max = 0xFFFF_FFFFL) Integer port) implements Device {
                    }
                    """);

            assertOnlyError(compile(file), file, "@Range",
                    error("[vfkit4j.bad-range] @Range of 'port' is empty or does not fit java.lang.Integer: [0,"
                            + " 4294967295]"));
        }
    }

    static Stream<Arguments> misplacedAnnotations() {
        return Stream.of(
                Arguments.of("@Option(\"value\") @Range(max = 9) String value", "@Range",
                        "@Range does not apply to 'value' of type java.lang.String. Fix: only int, long and Duration"
                                + " options have a range"),
                Arguments.of("@Option(\"value\") @TrimQuotes Integer value", "@TrimQuotes",
                        "@TrimQuotes does not apply to 'value' of type java.lang.Integer. Fix: only text values can be"
                                + " quoted"),
                Arguments.of("@Option(\"value\") @HostPath(HostPath.Kind.DIRECTORY) Integer value", "@HostPath",
                        "@HostPath does not apply to 'value' of type java.lang.Integer. Fix: a host path is a String"
                                + " or java.nio.file.Path option"),
                Arguments.of("@Flag(\"value\") @Required boolean value", "@Required",
                        "@Required does not apply to 'value' of type boolean. Fix: a flag is either given or not; it"
                                + " cannot be required"),
                Arguments.of("@Flag(\"value\") @Default(\"on\") boolean value", "@Default",
                        "@Default does not apply to 'value' of type boolean. Fix: a flag is false unless given"),
                Arguments.of("@Option(\"value\") @Json(value = \"value\", trueFor = \"listen\") Mode value",
                        "\"listen\") Mode",
                        "@Json(trueFor) does not apply to 'value' of type test.Misplaced.Mode. Fix: trueFor names one"
                                + " of a @Choice's keys: [listen, connect]"),
                Arguments.of("@Choice @Json(value = \"value\", trueFor = \"accept\") Mode value", "\"accept\"",
                        "@Json(trueFor) does not apply to 'value' of type test.Misplaced.Mode. Fix: trueFor names one"
                                + " of a @Choice's keys: [listen, connect]"),
                Arguments.of("@Option(value = \"value\", emptyUnsets = true) String value", "true",
                        "@Option(emptyUnsets) does not apply to 'value' of type java.lang.String. Fix: only an enum"
                                + " option can take an empty value as 'not set'"));
    }

    @Nested
    class Hooks {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.vfkit4j.processor.DiagnosticsTest#unusableValidateHooks")
        void aValidateHookIsAnInstanceMethodTheGeneratedCodeCanCall(String method) {
            JavaFileObject file = source("Checked", """
                    @VfkitDevice(name = "test-checked", kind = "testchecked")
                    public record Checked(@Option("path") String path) implements Device {
                        @Validate
                        %s {
                            throw new UnsupportedOperationException();
                        }
                    }
                    """.formatted(method));

            assertOnlyError(compile(file), file, "@Validate",
                    error("[vfkit4j.bad-hook] @Validate method check must be non-private, non-static, 'void check()',"
                            + " and throw no checked exception"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.vfkit4j.processor.DiagnosticsTest#unusablePrinterHooks")
        void aPrinterHookWritesOptionsOrReturnsTheArgv(String method) {
            JavaFileObject file = source("Printed", """
                    @VfkitDevice(name = "test-printed", kind = "testprinted")
                    public record Printed(@Option("path") String path) implements Device {
                        @Printer
                        %s {
                            throw new UnsupportedOperationException();
                        }
                    }
                    """.formatted(method));

            assertOnlyError(compile(file), file, "@Printer",
                    error("[vfkit4j.bad-hook] @Printer method print must be non-private, non-static, either 'void"
                            + " print(dev.vfkit4j.spi.OptionWriter out)' or 'java.util.List<String> print()', and"
                            + " throw no checked exception"));
        }

        @Test
        void aRecordHasOneValidateHook() {
            JavaFileObject file = source("Twofold", """
                    @VfkitDevice(name = "test-twofold", kind = "testtwofold")
                    public record Twofold(@Option("path") String path) implements Device {
                        @Validate
                        void first() {
                        }

                        @Validate
                        void second() {
                        }
                    }
                    """);

            assertOnlyError(compile(file), file, "@Validate\n    void second",
                    error("[vfkit4j.duplicate-hook] a record has at most one @Validate method; second is the second"));
        }
    }

    /**
     * A record written as the docs say, with {@code builder()} and {@code toBuilder()}, and code that uses its
     * builder: a mistake in the record shows as its one error, not followed by {@code cannot find symbol} errors for
     * the builder the processor could not generate.
     */
    @Nested
    class OnlyTheRealErrorShows {
        private static final String BUILDER_METHODS = """
                    public static %1$sBuilder builder() { return new %1$sBuilder(); }
                    public %1$sBuilder toBuilder() { return %1$sBuilder.from(this); }
                    static %1$s example() { return builder().path("/tmp/a").readOnly(true).build(); }
                """;

        private JavaFileObject record(String name, String annotation, String components) {
            return source(name, annotation + "\npublic record " + name + "(" + components + ") implements Device {\n"
                    + BUILDER_METHODS.formatted(name) + "}\n");
        }

        @Test
        void aComponentWithoutAnnotation() {
            JavaFileObject file = record("Bare", "@VfkitDevice(name = \"test-bare\", kind = \"testbare\")",
                    "@Option(\"path\") String path, boolean readOnly");

            assertOnlyError(compile(file), file, "readOnly) implements",
                    error("[vfkit4j.missing-annotation] record component 'readOnly' is not an option: it has no"
                            + " @Option, @Flag, @Choice or @Json"));
        }

        @Test
        void aDuplicateKey() {
            JavaFileObject file = record("Twice", "@VfkitDevice(name = \"test-twice\", kind = \"testtwice\")",
                    "@Option(\"path\") String path,\n@Flag(\"path\") boolean readOnly");

            assertOnlyError(compile(file), file, "\"path\") boolean",
                    error("[vfkit4j.duplicate-key] key 'path' of 'readOnly' is already used by 'path' (line 4)"));
        }

        @Test
        void aNameTakenByABuiltIn() {
            JavaFileObject file = record("Rng", "@VfkitDevice(name = \"virtio-rng\", kind = \"testrng\")",
                    "@Option(\"path\") String path, @Flag(\"ro\") boolean readOnly");

            assertOnlyError(compile(file), file, "\"virtio-rng\"",
                    error("[vfkit4j.duplicate-component] device name 'virtio-rng' is already declared by"
                            + " dev.vfkit4j.devices.VirtioRng"));
        }

        @Test
        void aDeviceThatDoesNotImplementDevice() {
            JavaFileObject file = source("Loose", """
                    @VfkitDevice(name = "test-loose", kind = "testloose")
                    public record Loose(@Option("path") String path, @Flag("ro") boolean readOnly) {
                        public static LooseBuilder builder() { return new LooseBuilder(); }
                        static Loose example() { return builder().path("/tmp/a").readOnly(true).build(); }
                    }
                    """);

            assertOnlyError(compile(file), file, "@VfkitDevice",
                    "[vfkit4j.wrong-interface] @VfkitDevice record Loose must implement dev.vfkit4j.Device. Fix: add"
                            + " 'implements dev.vfkit4j.Device' to the record");
        }
    }

    static Stream<String> unusableValidateHooks() {
        return Stream.of("static void check()", "private void check()", "void check(int strictness)",
                "boolean check()", "void check() throws java.io.IOException");
    }

    static Stream<String> unusablePrinterHooks() {
        return Stream.of("String print()", "void print(StringBuilder out)", "List<Object> print()",
                "static List<String> print()", "List<String> print() throws Exception");
    }
}

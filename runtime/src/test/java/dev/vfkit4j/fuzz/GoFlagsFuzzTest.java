package dev.vfkit4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.GoFlagsAccess;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.RawOption;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layers under the device and VM parsers: vfkit's flags as pflag reads them (through {@link VfkitCommand}, which
 * keeps the launch-only flags too), the {@code key=value} option splitting, vfkit's quote-aware list splitting and
 * Go's unsigned number syntax. Each is checked against an independent statement of what it must do. Seeds: {@code
 * src/test/resources/dev/vfkit4j/fuzz/GoFlagsFuzzTestInputs/<test method>}.
 */
class GoFlagsFuzzTest {

    /** A whole vfkit invocation, one argument per line: only {@link ConfigException}, and it round-trips. */
    @FuzzTest
    void vfkitCommandFromCmdLine(FuzzedDataProvider data) {
        List<String> argv = FuzzInputs.argv(data);
        VfkitCommand command;
        List<String> printed;
        try {
            command = VfkitCommand.fromCmdLine(argv);
            printed = command.toCmdLine();
        } catch (ConfigException refused) {
            return;
        }
        VfkitCommand expected = new VfkitCommand(FuzzInputs.asReadBack(command.vm()), command.restfulUri(),
                command.logLevel(), command.pidFile(), command.cloudInit());
        VfkitCommand readBack = VfkitCommand.fromCmdLine(printed);
        assertEquals(expected, readBack, () -> argv + " printed as " + printed);
        if (readBack.equals(command)) {
            assertEquals(printed, readBack.toCmdLine());
        }
    }

    /**
     * {@code RawOption.split}: the segments between commas, empty ones skipped, each split on its first {@code =}
     * exactly as a single {@code --bootloader} segment is ({@code RawOption.ofSegment}). Splitting never fails. The
     * generated parsers' {@code OptionReader}, which reads the segments in place, reads the same ones, over the text
     * and over a {@code --bootloader}'s list of segments alike, and matches a known key to the known key itself.
     */
    @FuzzTest
    void rawOptionSplit(FuzzedDataProvider data) {
        String options = data.consumeRemainingAsString();
        List<RawOption> expected = new ArrayList<>();
        for (String segment : options.split(",", -1)) {
            if (!segment.isEmpty()) {
                expected.add(RawOption.ofSegment(segment));
            }
        }
        assertEquals(expected, RawOption.split(options), options);
        assertEquals(expected, readAll(OptionReader.of(options)), options);
        assertEquals(expected, readAll(OptionReader.ofSegments(List.of(options.split(",", -1)))), options);
    }

    /** Every segment the reader gives, each key matched against the keys seen so far. */
    private static List<RawOption> readAll(OptionReader reader) {
        List<String> known = new ArrayList<>();
        List<RawOption> read = new ArrayList<>();
        while (reader.next()) {
            String key = reader.key(known);
            int index = known.indexOf(key);
            if (index >= 0) {
                assertSame(known.get(index), key, "a known key is returned as the known String itself");
            } else {
                known.add(key);
            }
            assertEquals(reader.value().isEmpty(), reader.valueIsEmpty());
            assertTrue(reader.valueEquals(reader.value()));
            read.add(new RawOption(key, reader.value()));
        }
        return read;
    }

    /**
     * vfkit's {@code --bootloader} splitting: it fails exactly when a {@code "} is left open (an odd number of them);
     * without quotes it is a plain split at every comma, and nothing at all for an empty value.
     */
    @FuzzTest
    void quotedListSplit(FuzzedDataProvider data) {
        String value = data.consumeRemainingAsString();
        long quotes = value.chars().filter(c -> c == '"').count();
        if (quotes % 2 != 0) {
            assertThrows(ConfigException.class, () -> GoFlagsAccess.splitQuoted(value), value);
            return;
        }
        List<String> parts = GoFlagsAccess.splitQuoted(value);
        if (quotes == 0) {
            assertEquals(value.isEmpty() ? List.of() : Arrays.asList(value.split(",", -1)), parts, value);
        }
    }

    /** {@code --cpus} and {@code --memory} numbers agree with Go's ParseUint, value and range included. */
    @FuzzTest
    void unsignedNumber(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        BigInteger expected = goParseUint(text);
        if (expected == null || expected.bitLength() > 64) {
            assertThrows(ConfigException.class, () -> GoFlagsAccess.parseUint(text), text);
        } else {
            assertEquals(expected.longValue(), GoFlagsAccess.parseUint(text), text);
        }
    }

    /**
     * What Go's {@code strconv.ParseUint(text, 0, 64)} reads, before its range check, as its documentation states
     * the syntax: a {@code 0x}, {@code 0b} or {@code 0o} prefix (only with something after it), else a leading
     * {@code 0} for octal, else decimal; ASCII digits of the base; single underscores between digits or right after
     * the prefix or leading {@code 0}. Null where Go reports a syntax error. The value comes from BigInteger.
     */
    private static BigInteger goParseUint(String text) {
        int radix;
        String digits;
        boolean underscoreMayLead;
        if (text.length() >= 3 && text.charAt(0) == '0' && "xXbBoO".indexOf(text.charAt(1)) >= 0) {
            radix = switch (text.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'b', 'B' -> 2;
                default -> 8;
            };
            digits = text.substring(2);
            underscoreMayLead = true;
        } else if (text.startsWith("0")) {
            radix = 8;
            digits = text.substring(1);
            underscoreMayLead = true;
            if (digits.isEmpty()) {
                return BigInteger.ZERO;
            }
        } else {
            radix = 10;
            digits = text;
            underscoreMayLead = false;
        }
        if (digits.isEmpty() || digits.contains("__") || digits.endsWith("_")
                || digits.startsWith("_") && !underscoreMayLead) {
            return null;
        }
        String allowed = "0123456789abcdef".substring(0, radix) + "0123456789ABCDEF".substring(0, radix) + "_";
        for (int i = 0; i < digits.length(); i++) {
            if (allowed.indexOf(digits.charAt(i)) < 0) {
                return null;
            }
        }
        return new BigInteger(digits.replace("_", ""), radix);
    }
}

package dev.vfkit4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reader the generated parsers use: vfkit's splitting, read in place. */
class OptionReaderTest {
    private static final List<String> KEYS = List.of("path", "readonly", "type");

    private static List<String> segments(OptionReader reader) {
        List<String> read = new ArrayList<>();
        while (reader.next()) {
            read.add(reader.key(KEYS) + "|" + reader.value() + "|" + reader.valueIsEmpty());
        }
        return read;
    }

    @Test
    void splitsOnEveryCommaAndEachSegmentOnItsFirstEquals() {
        assertEquals(List.of("path|a=b|false", "readonly||true", "type||true", "x|y|false"),
                segments(OptionReader.of("path=a=b,,readonly,type=,x=y,")));
    }

    @Test
    void startsAfterTheNameAndReadsNothingFromAnEmptyTail() {
        assertEquals(List.of("path|/x|false"), segments(OptionReader.of("virtio-blk,path=/x", 11)));
        assertEquals(List.of(), segments(OptionReader.of("virtio-rng", 11)));
        assertEquals(List.of(), segments(OptionReader.of(",,,")));
    }

    @Test
    void readsABootloadersSegmentsEachWholeEvenWithACommaInside() {
        OptionReader reader = OptionReader.ofSegments(List.of("efi", "path=a,b", "", "readonly")).skipSegment();
        assertEquals(List.of("path|a,b|false", "readonly||true"), segments(reader));
    }

    @Test
    void aKnownKeyIsTheKnownStringAndAnUnknownOneACopy() {
        OptionReader reader = OptionReader.of("readonly,other=1");
        assertTrue(reader.next());
        assertSame(KEYS.get(1), reader.key(KEYS));
        assertTrue(reader.next());
        String unknown = reader.key(KEYS);
        assertEquals("other", unknown);
        ConfigException error = reader.unknownOption("virtio-blk", KEYS);
        assertEquals("other", error.option());
        assertEquals("1", error.value());
    }

    @Test
    void valuesAreComparedInPlace() {
        OptionReader reader = OptionReader.of("type=unixgram");
        assertTrue(reader.next());
        assertTrue(reader.valueEquals("unixgram"));
        assertFalse(reader.valueEquals("unixgra"));
        assertEquals(1, reader.valueIndex(List.of("unixstream", "unixgram")));
        assertEquals(-1, reader.valueIndex(List.of("unixstream")));
    }

    @Test
    void remembersWhichKnownKeysWereGivenAlsoPastTheSixtyFourth() {
        List<String> many = IntStream.range(0, 70).mapToObj(i -> "k" + i).collect(Collectors.toList());
        OptionReader reader = OptionReader.of("k1,k65=x");
        assertFalse(reader.given("k1"), "nothing read yet");
        while (reader.next()) {
            reader.key(many);
        }
        assertTrue(reader.given("k1"));
        assertTrue(reader.given("k65"));
        assertFalse(reader.given("k2"));
        assertFalse(reader.given("k66"));
        assertThrows(IllegalArgumentException.class, () -> reader.given("nope"));
    }

    @Test
    void resetForgetsWhatWasGiven() {
        OptionReader reader = OptionReader.of("path=/a");
        assertTrue(reader.next());
        reader.key(KEYS);
        assertTrue(reader.given("path"));
        reader.reset("readonly", 0);
        assertTrue(reader.next());
        reader.key(KEYS);
        assertFalse(reader.given("path"));
        assertTrue(reader.given("readonly"));
    }
}

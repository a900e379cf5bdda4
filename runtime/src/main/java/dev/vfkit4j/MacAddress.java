package dev.vfkit4j;

import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.OptionReader;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * A 6-byte (EUI-48) MAC address. Parses the spellings Go's {@code net.ParseMAC} accepts for 6 bytes
 * ({@code 5a:94:ef:e4:0c:ee}, {@code 5a-94-ef-e4-0c-ee}, {@code 5a94.efe4.0cee}) and prints the first, lower case,
 * as vfkit does. Longer addresses, which Go accepts, are refused: Virtualization.framework takes only 6 bytes.
 */
public final class MacAddress {
    private static final HexFormat HEX = HexFormat.ofDelimiter(":");
    private static final String NOT_A_MAC = "not a 6-byte MAC address (expected e.g. 5a:94:ef:e4:0c:ee)";
    /** The spellings {@link #parse} accepts, as an ECMA 262 pattern for a JSON Schema; "" is "not set". */
    private static final String JSON_SCHEMA_PATTERN = "^([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}"
            + "|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4})?$";

    /** A MAC address as an option value: written as {@link #toString()}; a JSON string, empty when not set. */
    public static final OptionType OPTION_TYPE = new OptionType("MAC_ADDRESS", OptionType.JsonShape.STRING, "<mac>",
            "MAC address, e.g. `5a:94:ef:e4:0c:ee`") {
        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            return fromText(option, segment.value());
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return value.toString();
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return ((String) json).isEmpty() ? null : fromText(option, (String) json);
        }

        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            Map<String, Object> schema = nullableJsonType("string", true);
            schema.put("pattern", JSON_SCHEMA_PATTERN);
            return schema;
        }

        private MacAddress fromText(OptionDescriptor<?, ?> option, String text) {
            byte[] parsed = parseOrNull(text);
            if (parsed == null) {
                throw new ConfigException(option.component(), option.key(), text, NOT_A_MAC);
            }
            return new MacAddress(parsed);
        }
    };

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @throws ConfigException when {@code text} is not a 6-byte MAC address */
    public static MacAddress parse(String text) {
        byte[] parsed = parseOrNull(text);
        if (parsed == null) {
            throw new ConfigException(null, "mac", text, NOT_A_MAC);
        }
        return new MacAddress(parsed);
    }

    /** A MAC address from its 6 bytes. */
    public static MacAddress of(byte... bytes) {
        if (bytes.length != 6) {
            throw new ConfigException(null, "mac", HexFormat.of().formatHex(bytes), "a MAC address has 6 bytes");
        }
        return new MacAddress(bytes.clone());
    }

    /** The 6 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 17 && (text.charAt(2) == ':' || text.charAt(2) == '-')) {
            char separator = text.charAt(2);
            byte[] result = new byte[6];
            for (int i = 0; i < 6; i++) {
                int at = i * 3;
                if (i < 5 && text.charAt(at + 2) != separator) {
                    return null;
                }
                int value = hexByte(text, at);
                if (value < 0) {
                    return null;
                }
                result[i] = (byte) value;
            }
            return result;
        }
        if (text.length() == 14 && text.charAt(4) == '.' && text.charAt(9) == '.') {
            byte[] result = new byte[6];
            for (int i = 0; i < 6; i++) {
                int at = (i / 2) * 5 + (i % 2) * 2;
                int value = hexByte(text, at);
                if (value < 0) {
                    return null;
                }
                result[i] = (byte) value;
            }
            return result;
        }
        return null;
    }

    private static int hexByte(String text, int at) {
        int high = Character.digit(text.charAt(at), 16);
        int low = Character.digit(text.charAt(at + 1), 16);
        // Character.digit accepts non-ASCII digits; Go does not.
        if (high < 0 || low < 0 || text.charAt(at) > 'f' || text.charAt(at + 1) > 'f') {
            return -1;
        }
        return high << 4 | low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MacAddress mac && Arrays.equals(bytes, mac.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@code 5a:94:ef:e4:0c:ee}. */
    @Override
    public String toString() {
        return HEX.formatHex(bytes);
    }
}

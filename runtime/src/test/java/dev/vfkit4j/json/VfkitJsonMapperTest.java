package dev.vfkit4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.TimeSync;
import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** vfkit4j objects inside a user's own records, through {@link VfkitJson#mapper()} or a mapper of one's own. */
class VfkitJsonMapperTest {

    /** A user's record holding vfkit4j values declared with interfaces, concrete records and value types. */
    record Inventory(String host, List<Device> devices, VirtioNet uplink, Bootloader boot, MacAddress mac,
            Size memory, TimeSync timeSync, Ignition ignition) {
    }

    private static Inventory inventory() {
        return new Inventory("mac-mini", List.of(new VirtioRng(), VirtioGpu.of(1920, 1080),
                NetworkBlockDevice.builder().uri("nbd://h/e").timeout(Duration.ofSeconds(3)).build()),
                VirtioNet.builder().nat(true).mac(MacAddress.parse("5a:94:ef:e4:0c:ee")).build(),
                LinuxBootloader.of("/k", "/i", "console=hvc0"), MacAddress.parse("02:00:00:00:00:01"),
                Size.MAX, new TimeSync(1234), new Ignition("/c.ign", "/s.sock"));
    }

    @Test
    void valuesAreWrittenInVfkitsShapeAndReadBack() {
        Inventory inventory = inventory();
        String json = VfkitJson.mapper().writeValueAsString(inventory);
        JsonNode tree = VfkitJson.mapper().readTree(json);
        assertEquals("nbd", tree.at("/devices/2/kind").asString());
        assertEquals(3_000_000_000L, tree.at("/devices/2/Timeout").longValue());
        assertEquals("virtionet", tree.at("/uplink/kind").asString());
        assertEquals("linuxBootloader", tree.at("/boot/kind").asString());
        assertEquals("02:00:00:00:00:01", tree.at("/mac").asString());
        assertEquals("18446744073708503040", tree.at("/memory").asString());
        assertEquals(1234, tree.at("/timeSync/vsockPort").intValue());
        assertEquals("ignition", tree.at("/ignition/kind").asString());
        assertEquals(inventory, VfkitJson.mapper().readValue(json, Inventory.class));
    }

    @Test
    void aRecordTypedFieldNeedsNoKindButRefusesAnother() {
        Inventory read = VfkitJson.mapper().readValue("{\"uplink\":{\"nat\":true}}", Inventory.class);
        assertEquals(VirtioNet.withNat(), read.uplink());
        ConfigException error = assertThrows(ConfigException.class, () -> VfkitJson.mapper().readValue(
                "{\"host\":\"h\",\"uplink\":{\"kind\":\"virtiorng\"}}", Inventory.class));
        assertEquals("$.uplink.kind", error.component());
    }

    @Test
    void errorsNameThePathWithinTheUsersDocument() {
        ConfigException error = assertThrows(ConfigException.class, () -> VfkitJson.mapper().readValue(
                "{\"devices\":[{\"kind\":\"virtiorng\"},{\"kind\":\"virtiogpu\",\"width\":0,\"height\":1}]}",
                Inventory.class));
        assertEquals("$.devices[1].width", error.component());
    }

    @Test
    void aMapperOfOnesOwnNeedsOnlyTheModule() {
        JsonMapper mine = JsonMapper.builder().addModule(new VfkitJsonModule()).build();
        Inventory inventory = inventory();
        assertEquals(inventory, mine.readValue(mine.writeValueAsString(inventory), Inventory.class));
        // With Jackson's default WRAP_EXCEPTIONS, vfkit4j's error arrives as the cause of Jackson's.
        JacksonException error = assertThrows(JacksonException.class, () -> mine.readValue(
                "{\"uplink\":{\"kind\":\"virtiorng\"}}", Inventory.class));
        assertInstanceOf(ConfigException.class, error.getCause());
        assertTrue(error.getMessage().contains("$.uplink.kind"), error::getMessage);
    }
}

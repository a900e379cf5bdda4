package dev.vfkit4j;

import dev.vfkit4j.json.VfkitJson;
import dev.vfkit4j.spi.Components;
import java.util.List;

/**
 * A vfkit device: {@code --device <name>,<options>}. Built-in devices live in {@code dev.vfkit4j.devices}; a record
 * annotated with {@code @VfkitDevice} that implements this interface is a device too, found without registration.
 */
public interface Device {

    /**
     * Parses one {@code --device} value, e.g. {@code "virtio-net,nat,mac=5a:94:ef:e4:0c:ee"}.
     *
     * @throws ConfigException for an unknown device, an unknown option or a bad value
     */
    static Device fromCmdLine(String option) {
        return (Device) Components.registered().parseDevice(option);
    }


    /**
     * This device as vfkit's command line: {@code ["--device", "virtio-net,nat"]}.
     *
     * @throws ConfigException when the device is invalid or holds a value vfkit would read differently (a comma)
     */
    default List<String> toCmdLine() {
        return Components.registered().descriptorFor(this).toCmdLine(this);
    }

    /**
     * Reads one device from vfkit's JSON, chosen by its {@code kind}: {@code {"kind":"virtionet","nat":true}}.
     *
     * @throws ConfigException for anything that is not a valid device, naming the JSON path
     */
    static Device fromJson(String json) {
        return VfkitJson.readDevice(json);
    }

    /** This device as vfkit's JSON: {@code {"kind":"virtionet","nat":true}}. */
    default String toJson() {
        return VfkitJson.toJson(this);
    }

}

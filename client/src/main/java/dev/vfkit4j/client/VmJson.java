package dev.vfkit4j.client;

import dev.vfkit4j.VirtualMachine;

/** The one place where {@link VfkitClient#inspect()} turns vfkit's VM JSON into a {@link VirtualMachine}. */
final class VmJson {
    private VmJson() {
    }

    /**
     * Reads vfkit's JSON for a VM.
     *
     * @throws dev.vfkit4j.ConfigException when the JSON does not describe a VM
     */
    static VirtualMachine read(String json) {
        // VirtualMachine.fromJson(String) comes with vfkit4j's JSON support, which is not in this build yet; until
        // it is, inspectJson() gives the text.
        throw new UnsupportedOperationException("reading a VM from vfkit's JSON needs VirtualMachine.fromJson,"
                + " which this build of vfkit4j does not have yet; use VfkitClient.inspectJson()");
    }
}

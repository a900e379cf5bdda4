package dev.vfkit4j.client;

import java.nio.file.Path;

/**
 * Which program serves the REST endpoint, and so which answers a {@link VfkitClient} expects. vfkit and krunkit take
 * the same {@code --restful-uri}, but answer differently.
 */
public enum RestApi {
    /**
     * vfkit (crc-org/vfkit, served by gin): {@code GET /vm/state} with the state and its {@code can*} members,
     * {@code POST /vm/state} for Pause, Resume, Stop and HardStop, {@code GET /vm/inspect}.
     */
    VFKIT("vfkit"),
    /**
     * krunkit (containers/krunkit): every {@code GET} answers {@code {"state": "VirtualMachineStateRunning"}}
     * followed by a NUL byte, without {@code can*} members; every {@code POST} asks the guest to shut down, whatever
     * its body says. So only {@link VfkitClient#state()} and {@link VfkitClient#stop()} are sent to it; the other
     * calls fail with {@link VfkitClientException.Reason#NOT_SUPPORTED} before anything is sent.
     */
    KRUNKIT("krunkit");

    private final String programName;

    RestApi(String programName) {
        this.programName = programName;
    }

    /** The program's usual executable name: {@code vfkit} or {@code krunkit}. */
    public String programName() {
        return programName;
    }

    /** The API an executable serves, told by its file name: {@code krunkit} is krunkit, anything else vfkit. */
    public static RestApi of(Path executable) {
        Path name = executable.getFileName();
        return name != null && name.toString().equals(KRUNKIT.programName) ? KRUNKIT : VFKIT;
    }
}

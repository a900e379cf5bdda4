package dev.vfkit4j.spi;

/** Where a component stands on vfkit's command line. */
public enum ComponentRole {
    /** {@code --device <name>,<options>}. */
    DEVICE("--device", "device"),
    /** {@code --bootloader <name>,<options>}. */
    BOOTLOADER("--bootloader", "bootloader");

    private final String flag;
    private final String noun;

    ComponentRole(String flag, String noun) {
        this.flag = flag;
        this.noun = noun;
    }

    /** {@code device} or {@code bootloader}, for messages. */
    public String noun() {
        return noun;
    }

    /** The flag that introduces it. */
    public String flag() {
        return flag;
    }
}

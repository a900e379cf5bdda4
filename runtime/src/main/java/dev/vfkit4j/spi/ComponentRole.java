package dev.vfkit4j.spi;

/** Where a component stands on vfkit's command line. */
public enum ComponentRole {
    /** {@code --device <name>,<options>}. */
    DEVICE("--device"),
    /** {@code --bootloader <name>,<options>}. */
    BOOTLOADER("--bootloader");

    private final String flag;

    ComponentRole(String flag) {
        this.flag = flag;
    }

    /** The flag that introduces it. */
    public String flag() {
        return flag;
    }
}

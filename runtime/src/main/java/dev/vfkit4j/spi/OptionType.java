package dev.vfkit4j.spi;

/** The kinds of value an option holds, each with its own syntax on the command line and in JSON. */
public enum OptionType {
    /** Text; empty means not set. */
    STRING,
    /** A bare key that sets a boolean. */
    FLAG,
    /** An enum chosen by bare keys ({@code listen|connect}). */
    CHOICE,
    /** An enum written as {@code key=spelling}. */
    ENUM,
    /** A decimal {@code int}. */
    INT,
    /** A decimal {@code long} (vfkit's unsigned 32-bit ports among them). */
    LONG,
    /** A {@code java.time.Duration}: milliseconds on the command line, nanoseconds in JSON (Go's time.Duration). */
    DURATION,
    /** A boolean written {@code on|off}. */
    BOOLEAN,
    /** A {@code dev.vfkit4j.MacAddress}. */
    MAC_ADDRESS
}

package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import java.time.Duration;

/**
 * How long a {@link VfkitClient} waits.
 *
 * @param connectTimeout how long to wait for a connection to vfkit
 * @param readTimeout how long an answer may go without a byte arriving, once the request is sent
 */
public record ClientOptions(Duration connectTimeout, Duration readTimeout) {

    /** 5 seconds to connect, 30 to answer: pausing and stopping a VM can take the framework a while. */
    public static final ClientOptions DEFAULT = new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public ClientOptions {
        checkPositive("connectTimeout", connectTimeout);
        checkPositive("readTimeout", readTimeout);
    }

    /** These options with another connect timeout. */
    public ClientOptions withConnectTimeout(Duration timeout) {
        return new ClientOptions(timeout, readTimeout);
    }

    /** These options with another read timeout. */
    public ClientOptions withReadTimeout(Duration timeout) {
        return new ClientOptions(connectTimeout, timeout);
    }

    static void checkPositive(String name, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new ConfigException("vfkit client", name, String.valueOf(duration), "must be a positive duration");
        }
    }
}

package dev.vfkit4j.client;

import java.time.Duration;

/** Run by {@link QuietByDefaultTest} in a JVM holding only what an application needs: reads a state, prints it. */
public final class QuietClientMain {
    private QuietClientMain() {
    }

    public static void main(String[] args) {
        try (VfkitClient client = VfkitClient.of(RestEndpoint.parse(args[0]),
                new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(5)))) {
            System.out.println(client.state().name());
        }
    }
}

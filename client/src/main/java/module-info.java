/** Launches vfkit and drives a running VM through vfkit's REST API, over TCP or a Unix socket. */
module dev.vfkit4j.client {
    requires transitive dev.vfkit4j;

    exports dev.vfkit4j.client;
}

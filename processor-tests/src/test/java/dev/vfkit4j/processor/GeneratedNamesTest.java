package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The constant names the descriptors give options and enums' spellings. */
class GeneratedNamesTest {

    @Test
    void constantNamesSplitWordsBeforeCapitalsThatFollowLowerCaseOrDigits() {
        assertEquals("SOCKET_URL", Generated.constantName("socketUrl"));
        assertEquals("SYNC_MODE", Generated.constantName("SyncMode"));
        assertEquals("PATH", Generated.constantName("path"));
        assertEquals("X509_CERT", Generated.constantName("x509Cert"));
        assertEquals("USB_MASS_STORAGE", Generated.constantName("usbMassStorage"));
        // A run of capitals is one word: only the first capital after a lower-case letter starts a new one.
        assertEquals("HTTPURL", Generated.constantName("HTTPUrl"));
        assertEquals("MAC_ADDRESS_URL", Generated.constantName("macAddressURL"));
    }
}

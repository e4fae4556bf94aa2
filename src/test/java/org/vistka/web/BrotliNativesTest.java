package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Brotli on every Linux server Vistka is built for: brotli4j's loader takes {@code /lib/<os>-<arch>/libbrotli.so}
 * from the class path for the machine it runs on, so each architecture's library must be there, built for it.
 */
class BrotliNativesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // platform as brotli4j names it, ELF machine number (e_machine)
            "linux-x86_64,  62",
            "linux-aarch64, 183",
    })
    void the_class_path_holds_the_brotli_library_of_each_server_architecture(String platform, int elfMachine) throws IOException {
        try (InputStream library = Compression.class.getResourceAsStream("/lib/" + platform + "/libbrotli.so")) {
            assertThat(library).as("the Brotli library for " + platform).isNotNull();
            byte[] header = library.readNBytes(20);

            assertThat(header).startsWith(0x7f, 'E', 'L', 'F');
            assertThat(ByteBuffer.wrap(header, 18, 2).order(ByteOrder.LITTLE_ENDIAN).getShort()).isEqualTo((short) elfMachine);
        }
    }
}

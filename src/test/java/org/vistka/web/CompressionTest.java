package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which encoding a reader's {@code Accept-Encoding} gets a kept page in. */
class CompressionTest {
    @ParameterizedTest(name = "[{0}] with brotli kept: {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                          | true  | IDENTITY",
            "''                            | true  | IDENTITY",
            "gzip, deflate, br, zstd       | true  | BROTLI",
            "gzip, deflate, br             | false | GZIP",
            "gzip                          | true  | GZIP",
            "GZIP                          | true  | GZIP",
            "deflate                       | true  | IDENTITY",
            "gzip;q=1.0, br;q=0.5          | true  | BROTLI",
            "br;q=0, gzip                  | true  | GZIP",
            "br;q=0.000, gzip;q=0          | true  | IDENTITY",
            "br ; q=0, gzip                | true  | GZIP",
            "*                             | true  | BROTLI",
            "*;q=0.1                       | false | GZIP",
            "*;q=0                         | true  | IDENTITY",
            "gzip;q=0, *                   | false | IDENTITY",
            "br;q=0, *                     | true  | GZIP",
            "identity;q=0                  | true  | IDENTITY",
            // A weight that is not a number is no weight above 0.
            "gzip;q=abc                    | true  | IDENTITY",
            "br;q=abc, gzip                | true  | GZIP",
            "gzip;q=-1                     | true  | IDENTITY",
            // A refusal is kept however often the encoding is named again.
            "gzip;q=0, gzip                | true  | IDENTITY",
            "gzip, gzip;q=0                | true  | IDENTITY",
            "gzip, gzip, gzip              | true  | GZIP",
            // An uppercase Q is not read as a weight: the entry then names no encoding we know.
            "br;Q=0                        | true  | IDENTITY",
            "\"br\"                        | true  | IDENTITY",
            "br;q= 0                       | true  | IDENTITY",
            "\"unterminated                | true  | IDENTITY",
            ",,,                           | true  | IDENTITY",
    })
    void picks_the_best_encoding_the_reader_accepts(String acceptEncoding, boolean brotliKept, Compression.Encoding expected) {
        assertThat(Compression.choose(acceptEncoding, brotliKept)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "thousands of refused entries then br  | BROTLI",
            "thousands of refusals of br           | GZIP",
    })
    void a_huge_header_is_read_to_its_end(String what, Compression.Encoding expected) {
        String header = expected == Compression.Encoding.BROTLI ? "x-unknown;q=0.5, ".repeat(5_000) + "br"
                : "br;q=0, ".repeat(5_000) + "gzip";

        assertThat(Compression.choose(header, true)).isEqualTo(expected);
    }
}

package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Argon2id password hashes with real parameters: OWASP's minimum, and a smaller memory to show a change. */
class PasswordHasherTest {
    private static final PasswordHasher HASHER = new PasswordHasher(Argon2Parameters.RECOMMENDED);
    private static final PasswordHasher SMALLER = new PasswordHasher(new Argon2Parameters(8192, 2, 1));
    private static final String PASSWORD = "copper kettle midnight orchard";
    private static final String STORED = HASHER.hash(PASSWORD);
    private static final String STORED_SMALLER = SMALLER.hash(PASSWORD);
    /** A stored hash offered as the password must not verify: it is just another wrong password. */
    private static final String HASH_AS_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA";

    @Test
    void a_password_verifies_against_its_own_hash() {
        assertThat(HASHER.verify(PASSWORD, STORED)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not match")
    @ValueSource(strings = {"copper kettle midnight orcharD", "Copper kettle midnight orchard",
            "copper kettle midnight orchard ", " copper kettle midnight orchard", "copper kettle midnight orchar",
            "copper kettle midnight orchardd", "copper  kettle midnight orchard", "", " ", "\u0000",
            "copper kettle midnight orchard\u0000", "copper kettle midnight orchard\u200B", HASH_AS_PASSWORD})
    void any_other_password_does_not_verify(String other) {
        assertThat(HASHER.verify(other, STORED)).isFalse();
    }

    @Test
    void a_null_password_does_not_verify() {
        assertThat(HASHER.verify(null, STORED)).isFalse();
    }

    @Test
    void two_hashes_of_the_same_password_differ_by_their_salt_and_both_verify() {
        String again = HASHER.hash(PASSWORD);

        assertThat(again).isNotEqualTo(STORED);
        assertThat(salt(again)).isNotEqualTo(salt(STORED));
        assertThat(HASHER.verify(PASSWORD, again)).isTrue();
    }

    @Test
    void the_hash_is_a_phc_string_naming_argon2id_its_parameters_a_16_byte_salt_and_a_32_byte_hash() {
        // 16 bytes are 22 Base64 characters without padding, 32 bytes are 43.
        assertThat(STORED).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(STORED_SMALLER).matches("\\$argon2id\\$v=19\\$m=8192,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void a_hash_made_with_other_parameters_still_verifies_and_needs_rehashing() {
        assertThat(HASHER.verify(PASSWORD, STORED_SMALLER)).isTrue();
        assertThat(HASHER.verify("wrong " + PASSWORD, STORED_SMALLER)).isFalse();
        assertThat(HASHER.needsRehash(STORED_SMALLER)).isTrue();
        assertThat(SMALLER.needsRehash(STORED)).isTrue();
    }

    /**
     * Made by the reference implementation (Debian's {@code argon2} command, the Password Hashing Competition's own
     * code) and by earlier Vistka releases alike: hashes already stored keep verifying whatever library computes them.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "correct horse battery staple | $argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
            "correct horse battery staple | $argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$xwP/sUpncRUpT63+0aadhrYrW8PTzYL8TrQp/6Tj9lA",
            "correct horse battery staple | $argon2id$v=19$m=8192,t=2,p=2$c2FsdHNhbHRzYWx0c2FsdA$4uYL4QqMO8zSsqHngQmJtg",
            "Київ — вістка                | $argon2id$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$e7q/z2mNnfJv+DFtBhq0Rct0cYylBo2/TBlpD+9XQF0",
            "Київ — вістка                | $argon2id$v=19$m=8192,t=2,p=2$AAECAwQFBgcICQoLDA0ODw$HJ/51FqZnIiqS4o9Oufc/A"})
    void hashes_made_by_the_reference_implementation_verify_and_their_near_misses_do_not(String password, String stored) {
        assertThat(HASHER.verify(password, stored)).isTrue();
        assertThat(HASHER.verify(password + " ", stored)).isFalse();
        assertThat(HASHER.verify(password.substring(1), stored)).isFalse();
    }

    @Test
    void a_hash_borrows_its_memory_from_the_gate_instead_of_allocating_19_mib_each_time() {
        var hasher = new PasswordHasher(Argon2Parameters.RECOMMENDED,
                new HashingGate(1, Argon2Parameters.RECOMMENDED, Duration.ofSeconds(2)));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        hasher.hash(PASSWORD); // the first computation fills the gate's blocks

        long before = threads.getCurrentThreadAllocatedBytes();
        String stored = hasher.hash(PASSWORD);
        boolean verified = hasher.verify(PASSWORD, stored);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(verified).isTrue();
        // A hash and a check would allocate 2 × 19 MiB of blocks if they did not borrow them.
        assertThat(allocated).isLessThan(1024 * 1024);
    }

    @Test
    void a_hash_made_with_the_current_parameters_needs_no_rehashing() {
        assertThat(HASHER.needsRehash(STORED)).isFalse();
        assertThat(SMALLER.needsRehash(STORED_SMALLER)).isFalse();
    }

    @ParameterizedTest(name = "{0} needs rehashing")
    @ValueSource(strings = {
            "$argon2id$v=19$m=19456,t=3,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=2$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2d$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "5f4dcc3b5aa765d61d8327deb882cf99",
            "not a hash"})
    void a_hash_with_other_costs_another_algorithm_or_no_algorithm_needs_rehashing(String stored) {
        assertThat(HASHER.needsRehash(stored)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_hash_needs_rehashing(String stored) {
        assertThat(HASHER.needsRehash(stored)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "garbage",
            "$",
            "$$$$$",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$$",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$",
            "$argon2id$v=19$m=19456,t=2,p=1$$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1,x=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g$extra",
            "$argon2id$v=19$m=19456,t=2,p=1$!!!!!!!!!!!!!!!!!!!!!!$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "$argon2id$v=19$m=-1,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=0,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=019456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=4294967296,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=2000000000,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=999999999,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=",
            "$ARGON2ID$V=19$M=19456,T=2,P=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g\n",
            " $argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "' OR '1'='1",
            "\u0000"})
    void a_malformed_stored_hash_verifies_false_without_an_exception(String stored) {
        assertThat(HASHER.verify(PASSWORD, stored)).isFalse();
        assertThat(HASHER.needsRehash(stored)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_stored_hash_verifies_false(String stored) {
        assertThat(HASHER.verify(PASSWORD, stored)).isFalse();
    }

    @Test
    void a_real_hash_cut_short_or_tampered_with_verifies_false() {
        assertThat(HASHER.verify(PASSWORD, STORED.substring(0, STORED.length() - 1))).isFalse();
        assertThat(HASHER.verify(PASSWORD, STORED.substring(0, STORED.lastIndexOf('$')))).isFalse();
        assertThat(HASHER.verify(PASSWORD, STORED.replace("m=19456", "m=19457"))).isFalse();
        assertThat(HASHER.verify(PASSWORD, STORED.replace("t=2", "t=3"))).isFalse();
        assertThat(HASHER.verify(PASSWORD, STORED + "A")).isFalse();
        assertThat(HASHER.verify(PASSWORD, STORED.repeat(100))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Київ — столиця України, 2026", "Щастя їжака в Запоріжжі", "🔐🐈🎹🌻🚋🌙 ключ", "ǅemal ﬁsh ⅻ",
            "日本語のパスワードです", "שלום עולם סיסמה"})
    void unicode_passwords_verify_and_their_near_misses_do_not(String password) {
        String stored = HASHER.hash(password);

        assertThat(HASHER.verify(password, stored)).isTrue();
        assertThat(HASHER.verify(password + "!", stored)).isFalse();
        assertThat(HASHER.verify(password.substring(0, password.length() - 1), stored)).isFalse();
    }

    @Test
    void a_letter_typed_composed_or_as_a_base_and_a_combining_mark_is_the_same_password() {
        String composed = "Юрій їде до Києва";
        String decomposed = "Юрі\u0438\u0306 \u0456\u0308де до Києва";

        assertThat(HASHER.verify(decomposed, HASHER.hash(composed))).isTrue();
        assertThat(HASHER.verify(composed, HASHER.hash(decomposed))).isTrue();
    }

    @Test
    void cyrillic_and_latin_look_alikes_are_different_passwords() {
        String cyrillicA = "\u0430pple orchard midnight";

        assertThat(HASHER.verify("apple orchard midnight", HASHER.hash(cyrillicA))).isFalse();
    }

    @Test
    void a_password_with_a_lone_surrogate_cannot_be_hashed_and_never_verifies() {
        // In UTF-8 a lone surrogate would become "?", so "key\uD800" and "key?" would be one password.
        assertThatIllegalArgumentException().isThrownBy(() -> HASHER.hash("orchard key\uD800"));
        assertThatIllegalArgumentException().isThrownBy(() -> HASHER.hash("orchard key\uDC00"));
        String questionMark = HASHER.hash("orchard key?");

        assertThat(HASHER.verify("orchard key\uD800", questionMark)).isFalse();
        assertThat(HASHER.verify("orchard key\uDC00", questionMark)).isFalse();
        assertThat(HASHER.verify("orchard key?", questionMark)).isTrue();
    }

    @Test
    void a_null_password_cannot_be_hashed() {
        assertThatIllegalArgumentException().isThrownBy(() -> HASHER.hash(null));
    }

    @Test
    void a_very_long_password_hashes_and_verifies() {
        String longPassword = "орхідея ".repeat(1000);

        String stored = HASHER.hash(longPassword);

        assertThat(HASHER.verify(longPassword, stored)).isTrue();
        assertThat(HASHER.verify(longPassword + "x", stored)).isFalse();
    }

    @Test
    void the_recommended_parameters_are_owasps_minimum_for_argon2id() {
        assertThat(Argon2Parameters.RECOMMENDED).isEqualTo(new Argon2Parameters(19_456, 2, 1));
    }

    @ParameterizedTest(name = "m={0} t={1} p={2} are refused")
    @CsvSource({
            "0,      2,  1",
            "7,      1,  1",
            "23,     1,  3",
            "-19456, 2,  1",
            "262145, 2,  1",
            "2147483647, 2, 1",
            "19456,  0,  1",
            "19456,  -2, 1",
            "19456,  17, 1",
            "19456,  2,  0",
            "19456,  2,  -1",
            "19456,  2,  17"})
    void argon2_parameters_outside_the_sane_range_are_refused(int memoryKib, int iterations, int parallelism) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Argon2Parameters(memoryKib, iterations, parallelism));
    }

    @ParameterizedTest(name = "m={0} t={1} p={2} are accepted")
    @CsvSource({
            "8,      1,  1",
            "24,     1,  3",
            "19456,  2,  1",
            "262144, 16, 16"})
    void argon2_parameters_within_the_range_are_accepted(int memoryKib, int iterations, int parallelism) {
        assertThatNoException().isThrownBy(() -> new Argon2Parameters(memoryKib, iterations, parallelism));
    }

    @Test
    void a_hasher_needs_parameters() {
        assertThatNullPointerException().isThrownBy(() -> new PasswordHasher(null));
    }

    private static String salt(String phc) {
        return phc.split("\\$")[4];
    }
}

package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate before Argon2: how many computations it lets run, and what the others meet. */
class HashingGateTest {
    private static final Argon2Parameters USUAL = Argon2Parameters.RECOMMENDED;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @AfterEach
    void letEveryoneGo() throws InterruptedException {
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    @ParameterizedTest(name = "{0} MB heap, {1} processors → {2}")
    @CsvSource({
            "256, 2, 1",     // the launcher's heap on a small server: one, and a processor left for readers
            "256, 8, 3",     // a quarter of 256 MB holds three hashes of 19 MiB
            "1024, 2, 1",
            "1024, 4, 3",
            "1024, 32, 13",
            "64, 8, 1",      // too small a heap for even one: one all the same, or nobody could sign in
            "256, 1, 1"})
    void the_gate_lets_as_many_run_as_a_quarter_of_the_heap_holds_leaving_a_processor_free(long heapMb, int processors, int slots) {
        assertThat(HashingGate.slotsFor(heapMb << 20, processors, USUAL)).isEqualTo(slots);
    }

    @Test
    void once_every_slot_is_taken_the_next_waits_its_turn_and_is_refused_when_it_does_not_come() {
        var gate = new HashingGate(2, USUAL, Duration.ofMillis(200));
        CountDownLatch inside = new CountDownLatch(2);
        holdInBackground(gate, USUAL, inside);
        holdInBackground(gate, USUAL, inside);
        await(inside);

        assertThatThrownBy(() -> gate.run(USUAL, () -> "checked")).isInstanceOf(HashingGate.Busy.class)
                .hasMessage("The newsroom is busy checking other passwords. Please try again in a few seconds.");
        release.countDown();
        assertThat(gate.run(USUAL, () -> "checked")).isEqualTo("checked");
    }

    @Test
    void waiting_computations_take_their_turns_first_come_first_served() {
        var gate = new HashingGate(1, USUAL, Duration.ofMinutes(1));
        CountDownLatch inside = new CountDownLatch(1);
        holdInBackground(gate, USUAL, inside);
        await(inside);
        List<String> order = new CopyOnWriteArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            int before = gate.waiting();
            start(() -> gate.run(USUAL, () -> order.add(name)));
            Awaitility.await(name + " to queue").atMost(Duration.ofSeconds(10)).until(() -> gate.waiting() == before + 1);
        }

        release.countDown();

        Awaitility.await("every waiting computation to run").atMost(Duration.ofSeconds(10)).until(() -> order.size() == 3);
        assertThat(order).containsExactly("first", "second", "third");
    }

    @Test
    void a_computation_that_needs_more_memory_than_the_whole_budget_runs_alone() {
        var gate = new HashingGate(2, USUAL, Duration.ofMillis(200));
        var heavy = new Argon2Parameters(USUAL.memoryKib() * 4, 2, 1);
        CountDownLatch inside = new CountDownLatch(1);
        holdInBackground(gate, heavy, inside);
        await(inside);

        assertThatThrownBy(() -> gate.run(USUAL, () -> "checked")).isInstanceOf(HashingGate.Busy.class);
    }

    @Test
    void with_too_many_waiting_a_computation_is_refused_at_once_rather_than_queued() {
        var gate = new HashingGate(1, USUAL, Duration.ofHours(1));
        CountDownLatch inside = new CountDownLatch(1);
        holdInBackground(gate, USUAL, inside);
        await(inside);
        for (int i = 0; i < 16; i++) {
            start(() -> gate.run(USUAL, () -> "checked"));
        }
        Awaitility.await("sixteen computations to queue").atMost(Duration.ofSeconds(10)).until(() -> gate.waiting() == 16);

        // Were it queued, it would wait for the hour that this gate allows.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> gate.run(USUAL, () -> "checked")).isInstanceOf(HashingGate.Busy.class));
    }

    private void holdInBackground(HashingGate gate, Argon2Parameters cost, CountDownLatch inside) {
        start(() -> gate.run(cost, () -> {
            inside.countDown();
            await(release);
            return null;
        }));
    }

    private void start(Runnable task) {
        threads.add(Thread.ofPlatform().start(task));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

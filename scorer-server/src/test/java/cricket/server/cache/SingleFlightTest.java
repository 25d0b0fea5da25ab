package cricket.server.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
    @Test
    void concurrentCallersForOneKeyShareOneLoad() throws Exception {
        SingleFlight<Long, String> flights = new SingleFlight<>();
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> flights.run(1L, () -> {
                loads.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "loaded";
            })));
        }
        Thread.sleep(200);
        release.countDown();
        for (Future<String> r : results) {
            assertThat(r.get(5, TimeUnit.SECONDS)).isEqualTo("loaded");
        }
        pool.shutdown();
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void theLoadersErrorReachesTheCallerAndTheNextCallLoadsAgain() {
        SingleFlight<Long, String> flights = new SingleFlight<>();
        assertThatThrownBy(() -> flights.run(2L, () -> {
                    throw new IllegalStateException("no match with id 2");
                }))
                .hasMessage("no match with id 2");
        assertThat(flights.run(2L, () -> "second")).isEqualTo("second");
    }
}

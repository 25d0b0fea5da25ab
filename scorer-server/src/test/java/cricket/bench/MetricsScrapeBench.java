package cricket.bench;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code MetricsScrapeBench [THREADS]}: what one Prometheus scrape costs with each of the JVM binders the server
 * binds, alone on a registry, in a JVM with THREADS extra parked threads (default 250, about a server's: Jetty's
 * pool, Lettuce, Hikari, the cache's). Prints the median and p99 of 40 scrapes 110 ms apart per binder (apart, as
 * Prometheus scrapes every few seconds: nothing may be left over from the scrape before), and the server's own set
 * ({@code cricket.server.health.ServerMetrics}) for comparison.
 */
public final class MetricsScrapeBench {
    private MetricsScrapeBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        Map<String, Supplier<List<MeterBinder>>> sets = new LinkedHashMap<>();
        sets.put("empty registry", List::of);
        sets.put("JvmMemoryMetrics", () -> List.of(new JvmMemoryMetrics()));
        sets.put("JvmThreadMetrics", () -> List.of(new JvmThreadMetrics()));
        sets.put("ProcessorMetrics", () -> List.of(new ProcessorMetrics()));
        sets.put("UptimeMetrics", () -> List.of(new UptimeMetrics()));
        sets.put("JvmGcMetrics", () -> List.of(new JvmGcMetrics()));
        sets.put(
                "all five (as before)",
                () -> List.of(
                        new JvmMemoryMetrics(),
                        new JvmThreadMetrics(),
                        new ProcessorMetrics(),
                        new UptimeMetrics(),
                        new JvmGcMetrics()));
        sets.put("the server's set now", cricket.server.health.ServerMetrics::jvmBinders);
        System.out.printf("%-24s %12s %12s %8s%n", "binders", "median us", "p99 us", "lines");
        for (var set : sets.entrySet()) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            List<MeterBinder> binders = new ArrayList<>(set.getValue().get());
            binders.forEach(b -> b.bindTo(registry));
            int lines = registry.scrape().split("\n").length;
            for (int i = 0; i < 200; i++) {
                registry.scrape(); // warm-up
            }
            long[] nanos = new long[40];
            for (int i = 0; i < nanos.length; i++) {
                Thread.sleep(110);
                long start = System.nanoTime();
                registry.scrape();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%-24s %12.0f %12.0f %8d%n",
                    set.getKey(), nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 99 / 100] / 1e3, lines);
            for (MeterBinder b : binders) {
                if (b instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
            registry.close();
        }
        never.countDown();
    }
}

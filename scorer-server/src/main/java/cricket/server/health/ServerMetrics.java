package cricket.server.health;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JVM's and the process's own figures on /metrics, for an operator: heap, GC pauses, threads, CPU, uptime.
 *
 * <p>Micrometer's JvmThreadMetrics and ProcessorMetrics made a scrape cost tens of milliseconds (bench
 * MetricsScrapeBench): the first takes a ThreadInfo of every thread once for each of the six thread states (a VM
 * operation that stops the application each time, about 2 ms with a server's 250 threads), the second asks the OS
 * bean for system and process CPU load, which in a container reads the cgroup files each time. Here the thread
 * states come from one snapshot per scrape, and process CPU is the process's CPU time since the previous scrape
 * over the wall time (one cheap call); the host's own CPU belongs to the host's exporter. The names are
 * Micrometer's, so dashboards do not change.
 */
public final class ServerMetrics {
    private ServerMetrics() {}

    /** The binders to bind to the app's registry; the caller closes those that are {@link AutoCloseable}. */
    public static List<MeterBinder> jvmBinders() {
        return List.of(
                new JvmMemoryMetrics(), new Threads(), new ProcessCpu(), new UptimeMetrics(), new JvmGcMetrics());
    }

    /** Live, daemon, peak and started threads, and threads by state from one snapshot per scrape. */
    static final class Threads implements MeterBinder {
        /** Long enough for the six gauges of one scrape, short enough that the next scrape takes a new one. */
        private static final long SNAPSHOT_NANOS = 100_000_000L;

        private final ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        private Map<Thread.State, Integer> states = Map.of();
        private long takenAt = Long.MIN_VALUE;

        @Override
        public void bindTo(MeterRegistry registry) {
            Gauge.builder("jvm.threads.live", bean, ThreadMXBean::getThreadCount)
                    .description("The current number of live threads including both daemon and non-daemon threads")
                    .baseUnit("threads")
                    .register(registry);
            Gauge.builder("jvm.threads.daemon", bean, ThreadMXBean::getDaemonThreadCount)
                    .description("The current number of live daemon threads")
                    .baseUnit("threads")
                    .register(registry);
            Gauge.builder("jvm.threads.peak", bean, ThreadMXBean::getPeakThreadCount)
                    .description("The peak live thread count since the Java virtual machine started")
                    .baseUnit("threads")
                    .register(registry);
            FunctionCounter.builder("jvm.threads.started", bean, ThreadMXBean::getTotalStartedThreadCount)
                    .description("The total number of application threads started in the JVM")
                    .baseUnit("threads")
                    .register(registry);
            for (Thread.State state : Thread.State.values()) {
                Gauge.builder("jvm.threads.states", this, t -> t.count(state))
                        .tag("state", state.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .description("The current number of threads")
                        .baseUnit("threads")
                        .register(registry);
            }
        }

        /** The six state gauges of one scrape share one snapshot of the threads. */
        private synchronized int count(Thread.State state) {
            long now = System.nanoTime();
            if (now - takenAt > SNAPSHOT_NANOS) {
                Map<Thread.State, Integer> counted = new EnumMap<>(Thread.State.class);
                for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds(), 0)) {
                    if (info != null) {
                        counted.merge(info.getThreadState(), 1, Integer::sum);
                    }
                }
                states = counted;
                takenAt = now;
            }
            return states.getOrDefault(state, 0);
        }
    }

    /** The process's share of the machine's CPU since the previous scrape, the CPU count and the load average. */
    static final class ProcessCpu implements MeterBinder {
        private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        private final int cpus = Runtime.getRuntime().availableProcessors();
        private long lastCpuNanos = -1;
        private long lastWallNanos;
        private double lastUsage;

        @Override
        public void bindTo(MeterRegistry registry) {
            if (!(os instanceof com.sun.management.OperatingSystemMXBean)) {
                return; // not a HotSpot-style JVM: no process CPU time to read
            }
            Gauge.builder("process.cpu.usage", this, ProcessCpu::usage)
                    .description("The recent cpu usage for the Java Virtual Machine process")
                    .register(registry);
            Gauge.builder("system.cpu.count", this, p -> p.cpus)
                    .description("The number of processors available to the Java virtual machine")
                    .register(registry);
            Gauge.builder("system.load.average.1m", os, OperatingSystemMXBean::getSystemLoadAverage)
                    .description("The sum of the number of runnable entities queued to available processors and the"
                            + " number of runnable entities running on the available processors averaged over a"
                            + " period of time")
                    .register(registry);
        }

        private synchronized double usage() {
            long cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            long wall = System.nanoTime();
            if (lastCpuNanos >= 0 && wall - lastWallNanos > 100_000_000L) { // at least 0.1 s to average over
                lastUsage = Math.max(0, (double) (cpu - lastCpuNanos) / ((wall - lastWallNanos) * (double) cpus));
            }
            if (lastCpuNanos < 0 || wall - lastWallNanos > 100_000_000L) {
                lastCpuNanos = cpu;
                lastWallNanos = wall;
            }
            return lastUsage;
        }
    }
}

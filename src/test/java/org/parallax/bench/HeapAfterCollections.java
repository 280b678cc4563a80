package org.parallax.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use just after any garbage collection since {@link #start}: the live data plus
 * whatever the collector chose to keep, a truer "how much memory does this need" than the sum of
 * the pools' peaks, which adds up peaks reached at different moments and counts garbage.
 */
final class HeapAfterCollections {
  private final AtomicLong most = new AtomicLong();

  private HeapAfterCollections() {}

  static HeapAfterCollections start() {
    HeapAfterCollections h = new HeapAfterCollections();
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (n.getType()
                  .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used =
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                h.most.accumulateAndGet(used, Math::max);
              }
            },
            null,
            null);
      }
    }
    return h;
  }

  /** The most heap in use after a collection so far, in MB. */
  long mb() {
    return most.get() / (1024 * 1024);
  }
}

package org.armswatch.screen.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap in use once garbage is collected, as {@link MemoryMXBean} reports it. */
public final class HeapUse {
    private HeapUse() {}

    /** Bytes of heap in use after asking for full collections until the figure settles. */
    public static long afterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 1 << 20) {
                break;
            }
            previous = used;
        }
        return used;
    }

    /** The largest heap the JVM may use, in bytes. */
    public static long max() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}

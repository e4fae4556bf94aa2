package org.vistka.web;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for work that readers must not wait behind, such as checking and storing a flood of comments. On Linux they
 * run at a lower scheduling priority ({@value #NICE} nice steps below the process, at most nice 19): when the
 * processors are busy, the kernel runs the threads that answer pages first, so a reader's page waits little longer
 * than on an idle server, while the background work still gets every processor cycle that readers leave. Java's own
 * thread priorities do nothing on Linux, hence the system call. Elsewhere the threads run at normal priority; where
 * Linux refuses, too, and that is logged once. A thread that background work starts inherits its priority, as
 * Linux has it, and cannot raise it again.
 */
public final class BackgroundThreads {
    /** Ten nice steps weigh a tenth: enough for pages to go first, not so low that a flood never finishes. */
    static final int NICE = 10;
    private static final int LOWEST = 19;
    private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);
    private static final int PRIO_PROCESS = 0;
    private static volatile boolean warned;

    private BackgroundThreads() {
    }

    /** Daemon threads named {@code prefix1}, {@code prefix2}, …, each at background priority. */
    public static ThreadFactory factory(String prefix) {
        ThreadFactory threads = Thread.ofPlatform().name(prefix, 1).daemon().factory();
        return task -> threads.newThread(() -> {
            lowerPriority();
            task.run();
        });
    }

    /** Starts one daemon thread named {@code name} at background priority. */
    public static Thread start(String name, Runnable task) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            lowerPriority();
            task.run();
        });
    }

    /**
     * Lowers the calling thread's priority to the background level: {@value #NICE} steps below the process's own, the
     * same for a background thread started by another (threads inherit their creator's nice value, which must not
     * compound to the lowest of all).
     */
    private static void lowerPriority() {
        if (!Platform.isLinux()) {
            return;
        }
        try {
            // On Linux the nice value belongs to each thread: "who = 0" names the calling thread alone, and the
            // process id names its main thread, whose value is the one the process was started with.
            int process = LibC.INSTANCE.getpriority(PRIO_PROCESS, (int) ProcessHandle.current().pid());
            if (LibC.INSTANCE.setpriority(PRIO_PROCESS, 0, Math.min(LOWEST, process + NICE)) != 0) {
                warnOnce("the system refused (errno " + Native.getLastError() + ")");
            }
        } catch (LinkageError | RuntimeException e) {
            // No native access (a locked-down temporary folder, say): the work runs, at normal priority.
            warnOnce("the C library could not be reached: " + e);
        }
    }

    private static void warnOnce(String why) {
        if (!warned) {
            warned = true;
            log.warn("event=background-priority-unavailable reason=\"{}\" effect=\"background work runs at normal priority\"", why);
        }
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int getpriority(int which, int who);

        int setpriority(int which, int who, int prio);
    }
}

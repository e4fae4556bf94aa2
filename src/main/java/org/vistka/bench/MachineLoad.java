package org.vistka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's one-minute load average, printed by the benches: other work on a shared machine lowers their figures. */
final class MachineLoad {
    private MachineLoad() {
    }

    static String average() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package dev.switchboard.app.rest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Every thread's name, state, lock and whole stack, as text (ThreadInfo's own text stops after eight frames). */
final class ThreadDump {

    private ThreadDump() {
    }

    static String ofAllThreads() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .map(ThreadDump::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(ThreadInfo thread) {
        StringBuilder text = new StringBuilder("\"").append(thread.getThreadName()).append("\" ")
                .append(thread.getThreadState());
        if (thread.getLockName() != null) {
            text.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            text.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
        }
        text.append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
    }
}

package dev.switchboard.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Switchboard. Component scanning covers the adapters (they may carry Spring annotations);
 * the core is never scanned: its services are built explicitly in {@code config.CoreConfiguration}.
 */
@SpringBootApplication(scanBasePackages = {"dev.switchboard.app", "dev.switchboard.adapter"})
public class SwitchboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(SwitchboardApplication.class, args);
    }
}

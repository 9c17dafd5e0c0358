package dev.vigil.server;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Vigil server: web UI, REST API and persistence over the engine. Each direct sub-package is one
 * feature and one Spring Modulith module.
 */
@SpringBootApplication
public class VigilServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(VigilServerApplication.class, args);
    }

    /** One clock for every timestamp the server stores, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

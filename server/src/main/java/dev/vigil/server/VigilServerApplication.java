package dev.vigil.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Vigil server: web UI, REST API and persistence over the engine. Each direct sub-package is one
 * feature and one Spring Modulith module.
 */
@SpringBootApplication
public class VigilServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(VigilServerApplication.class, args);
    }
}
